import Foundation
import Notifications
import SiteConfig

/// A target's destination with the environment variables it names read: done when
/// sending, so `site.yml` holds only names and an unset variable fails that target alone.
enum ResolvedEndpoint: Sendable {
    case http(URL, secret: String?)
    case email(NotifyTarget.SMTPServer, credentials: SMTPCredentials?)

    init(_ target: NotifyTarget, environment: [String: String]) throws(DeliveryFailure) {
        func value(_ variable: String) throws(DeliveryFailure) -> String {
            guard let value = environment[variable], !value.isEmpty else { throw .unset(variable) }
            return value
        }
        switch target.destination {
        case .http(let setting, let secretVariable):
            let text: String
            switch setting {
            case .literal(let url): text = url
            case .environment(let variable): text = try value(variable)
            }
            guard let url = URL(string: text.trimmingCharacters(in: .whitespacesAndNewlines)),
                  let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme), url.host != nil else {
                // The value may be a secret: name the variable, never print the value.
                let source = if case .environment(let variable) = setting { "environment variable \(variable)" } else { "`url`" }
                throw DeliveryFailure("\(source) does not hold an absolute http(s) URL", isTransient: false)
            }
            self = .http(url, secret: try secretVariable.map(value))
        case .email(let email):
            var credentials: SMTPCredentials?
            if let user = email.server.usernameEnvironment, let password = email.server.passwordEnvironment {
                credentials = SMTPCredentials(username: try value(user), password: try value(password))
            }
            self = .email(email.server, credentials: credentials)
        }
    }

    /// The secret that signs a webhook's body, when the target has one.
    var secret: String? {
        if case .http(_, let secret) = self { return secret }
        return nil
    }
}
