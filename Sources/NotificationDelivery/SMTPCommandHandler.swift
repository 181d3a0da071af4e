import NIOConcurrencyHelpers
import NIOCore

/// The first error of a connection, kept where the SMTP session can read it: a TLS
/// handshake that fails closes the channel, and the next write then only learns that
/// the channel is closed, not why.
final class SMTPConnectionError: Sendable {
    private let box = NIOLockedValueBox<(any Error)?>(nil)

    var first: (any Error)? { box.withLockedValue { $0 } }

    func record(_ error: any Error) {
        box.withLockedValue { if $0 == nil { $0 = error } }
    }
}

/// A command for the server (nil bytes: only wait for the next reply, as for the
/// greeting) and the promise its reply fulfils.
struct SMTPCommand: Sendable {
    var bytes: ByteBuffer?
    var reply: EventLoopPromise<SMTPReply>
}

/// Pairs each command written to the connection with the next reply the server sends.
/// SMTP answers commands in order, one reply each, so a queue of promises suffices; a
/// reply that arrives before anyone waits (the greeting) is kept for the next command.
final class SMTPCommandHandler: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = SMTPCommand
    typealias OutboundOut = ByteBuffer

    private let connectionError: SMTPConnectionError
    private var parser = SMTPReplyParser()
    private var waiting = CircularBuffer<EventLoopPromise<SMTPReply>>()
    private var unclaimed = CircularBuffer<SMTPReply>()

    init(connectionError: SMTPConnectionError) {
        self.connectionError = connectionError
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let command = unwrapOutboundIn(data)
        if let reply = unclaimed.popFirst() {
            command.reply.succeed(reply)
        } else {
            waiting.append(command.reply)
        }
        if let bytes = command.bytes {
            context.write(wrapOutboundOut(bytes), promise: promise)
        } else {
            promise?.succeed(())
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = unwrapInboundIn(data)
        do {
            for reply in try parser.feed(buffer.readableBytesView) {
                if let waiter = waiting.popFirst() { waiter.succeed(reply) } else { unclaimed.append(reply) }
            }
        } catch {
            connectionError.record(error)
            failAll(error)
            context.close(promise: nil)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        connectionError.record(error)
        failAll(error)
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        failAll(connectionError.first ?? DeliveryFailure("the SMTP server closed the connection", isTransient: true))
        context.fireChannelInactive()
    }

    private func failAll(_ error: any Error) {
        while let waiter = waiting.popFirst() { waiter.fail(error) }
    }
}
