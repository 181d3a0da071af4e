// swift-tools-version: 6.1
// storingen: incidents written as Markdown in git → an "Actuele storingen" status site
// and the service-norm windows those incidents excuse.
import PackageDescription

/// What `storingen --version` prints: `STORINGEN_VERSION` from the environment (the
/// Makefile passes `git describe`, `make dist VERSION=v1.2.0` the tag), else the commit
/// SwiftPM saw, else "unknown". Only characters of a tag or commit id are kept.
let buildVersion: String = {
    let given = Context.environment["STORINGEN_VERSION"].flatMap { $0.isEmpty ? nil : $0 }
        ?? Context.gitInformation.map { git in
            (git.currentTag ?? "dev-" + git.currentCommit.prefix(12)) + (git.hasUncommittedChanges ? "-dirty" : "")
        }
        ?? "unknown"
    return String(given.filter { $0.isLetter || $0.isNumber || "._+-".contains($0) }.prefix(64))
}()

let package = Package(
    name: "storingen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "storingen", targets: ["storingen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
        // `notify`: HMAC-SHA256 signatures, and SMTP with STARTTLS.
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
    ],
    targets: [
        // The C library, found through pkg-config; Debian ships it as libcmark-dev.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // The version the executable reports, fixed when it is compiled.
        .target(name: "BuildInfo", cSettings: [.define("STORINGEN_VERSION", to: "\"\(buildVersion)\"")]),
        // The only module that sees libcmark: Markdown in, Swift values and safe HTML out.
        .target(name: "CommonMark", dependencies: ["CCmark"]),
        // Pure value types: incidents, updates, statuses, windows, catalogues, diagnostics.
        .target(name: "IncidentModel"),
        // Source text and YAML with positions: the layer front matter, site.yml and notify
        // targets share (located values, shapes, limits, one wording per diagnostic).
        .target(name: "SourceYAML", dependencies: ["IncidentModel", .product(name: "Yams", package: "Yams")]),
        // Bytes → front matter, update headings and timestamps → model values.
        .target(
            name: "IncidentParsing",
            dependencies: ["IncidentModel", "CommonMark", "SourceYAML", .product(name: "Yams", package: "Yams")]
        ),
        // Reads an incidents folder and parses every file, collecting every diagnostic.
        .target(name: "IncidentCorpus", dependencies: ["IncidentModel", "IncidentParsing", "OutputEncoding", "ParallelWork"]),
        // Work spread over the machine's cores with results in a fixed order, so output does
        // not depend on scheduling: excusal merges, snapshots and renders share it.
        .target(name: "ParallelWork"),
        // Business calendar, norms, grace, merging and periods: which windows are excused.
        .target(name: "ServiceNorms", dependencies: ["IncidentModel", "ParallelWork"]),
        // site/site.yml: presentation settings, catalogue overrides and holiday changes.
        .target(
            name: "SiteConfig",
            dependencies: ["IncidentModel", "SourceYAML", "ServiceNorms", .product(name: "Yams", package: "Yams")]
        ),
        // Byte-level output every renderer shares: files and plans, markup escaping, stable JSON.
        .target(name: "OutputEncoding", dependencies: ["IncidentModel", "ParallelWork"]),
        // What every renderer reads: the snapshot of the site, routes, labels, date formats.
        .target(name: "SiteContent", dependencies: ["IncidentModel", "CommonMark", "ServiceNorms", "SiteConfig", "OutputEncoding", "ParallelWork"]),
        // The last stage: assemble the site aside, keep unchanged files, swap it in at once.
        .target(name: "SiteWriter", dependencies: ["OutputEncoding"]),
        // Writing incidents: `new` files and `update` headings that parse and change nothing else.
        .target(name: "IncidentAuthoring", dependencies: ["IncidentModel", "IncidentParsing", "SourceYAML", "IncidentCorpus"]),
        // The HTML pages and stylesheet, from swift-mustache templates users may override;
        // the built-in theme is compiled into the executable.
        .target(
            name: "SitePages",
            dependencies: [
                "IncidentModel", "ServiceNorms", "SiteConfig", "SiteContent", "ExcusalFormats", "OutputEncoding", "ParallelWork",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // Atom and RSS feeds, the Statuspage-compatible JSON API, sitemap and robots.txt.
        .target(name: "SiteFeeds", dependencies: ["IncidentModel", "ServiceNorms", "SiteConfig", "SiteContent", "OutputEncoding", "ExcusalFormats"]),
        // Excusal reports as JSON, CSV, iCalendar and text, shared by the CLI and the site.
        .target(name: "ExcusalFormats", dependencies: ["IncidentModel", "ServiceNorms", "OutputEncoding", "ParallelWork"]),
        // `excused --check`: a CSV of moments streamed through, each row answered from the report.
        .target(name: "BulkExcusal", dependencies: ["IncidentModel", "IncidentParsing", "SourceYAML", "ServiceNorms", "ExcusalFormats"]),
        // The pipeline's named steps that every command shares: load, excuse, render, write.
        .target(
            name: "Pipeline",
            dependencies: [
                "IncidentModel", "IncidentParsing", "IncidentCorpus", "SiteConfig", "ServiceNorms", "ExcusalFormats",
                "SiteContent", "SitePages", "SiteFeeds", "SiteWriter", "OutputEncoding",
            ]
        ),
        // `storingen serve`: the site in memory, rebuilt when a file changes, on loopback.
        .target(
            name: "SitePreview",
            dependencies: [
                "IncidentModel", "IncidentParsing", "IncidentCorpus", "Pipeline", "SiteConfig", "SiteContent",
                "SitePages", "SiteWriter", "OutputEncoding",
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        // `notify`, the pure part: which updates are new since the last publication, and
        // the message each target kind gets for them (webhook JSON, Slack, Teams, e-mail).
        .target(
            name: "Notifications",
            dependencies: [
                "IncidentModel", "CommonMark", "OutputEncoding", "SiteConfig", "SiteContent",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // `notify`, the I/O: the previous site's API, HTTP posts and SMTP, with timeouts and retries.
        .target(
            name: "NotificationDelivery",
            dependencies: [
                "Notifications", "SiteConfig",
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
        // The thin command line.
        .executableTarget(
            name: "storingen",
            dependencies: [
                "IncidentModel", "IncidentParsing", "IncidentCorpus", "IncidentAuthoring", "ServiceNorms", "ExcusalFormats", "SiteConfig",
                "BulkExcusal", "Pipeline", "SitePages", "SiteWriter", "SitePreview", "Notifications", "NotificationDelivery", "BuildInfo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Generates a corpus, times the CLI against the floor of reading and parsing it.
        .executableTarget(
            name: "storingen-bench",
            dependencies: ["CommonMark", "OutputEncoding", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // libFuzzer target over the whole parse path (build with -sanitize=fuzzer -DFUZZING).
        .executableTarget(name: "storingen-fuzz", dependencies: ["IncidentModel", "IncidentParsing", "ServiceNorms"]),

        .target(name: "TestSupport", dependencies: ["IncidentModel"], path: "Tests/TestSupport"),
        .testTarget(name: "CommonMarkTests", dependencies: ["CommonMark"]),
        .testTarget(name: "OutputEncodingTests", dependencies: ["OutputEncoding"]),
        .testTarget(name: "IncidentModelTests", dependencies: [
            "IncidentModel",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(
            name: "IncidentParsingTests",
            dependencies: [
                "IncidentParsing", "IncidentModel", "SourceYAML", "TestSupport", "CommonMark",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "IncidentCorpusTests", dependencies: [
            "IncidentCorpus", "IncidentParsing", "IncidentModel", "TestSupport",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(
            name: "ServiceNormsTests",
            dependencies: [
                "ServiceNorms", "IncidentModel", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "PipelineTests",
            dependencies: [
                "Pipeline", "IncidentModel", "IncidentParsing", "IncidentCorpus", "SiteConfig", "SitePages", "ExcusalFormats",
                "ServiceNorms", "OutputEncoding", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "IncidentAuthoringTests", dependencies: [
            "IncidentAuthoring", "IncidentParsing", "IncidentModel", "TestSupport",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(
            name: "SitePagesTests",
            dependencies: [
                "SitePages", "SiteContent", "SiteConfig", "ServiceNorms", "IncidentParsing", "IncidentModel", "OutputEncoding", "ParallelWork",
                "TestSupport",
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SiteFeedsTests",
            dependencies: [
                "SiteFeeds", "SitePages", "SiteContent", "SiteConfig", "IncidentParsing", "IncidentModel", "OutputEncoding",
                "TestSupport",
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "SitePreviewTests", dependencies: ["SitePreview", "IncidentModel", "TestSupport"]),
        .testTarget(name: "SiteContentTests", dependencies: ["SiteContent", "SiteConfig", "ServiceNorms", "IncidentModel"]),
        .testTarget(name: "SiteWriterTests", dependencies: ["SiteWriter", "OutputEncoding", "ParallelWork", "TestSupport"]),
        .testTarget(name: "SiteConfigTests", dependencies: ["SiteConfig", "ServiceNorms", "IncidentModel"]),
        .testTarget(
            name: "ExcusalFormatsTests",
            dependencies: ["ExcusalFormats", "ServiceNorms", "IncidentModel", "OutputEncoding", "TestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "BulkExcusalTests", dependencies: [
            "BulkExcusal", "ServiceNorms", "IncidentModel", "IncidentParsing",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(
            name: "NotificationsTests",
            dependencies: ["Notifications", "SiteConfig", "IncidentModel", "TestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "NotificationDeliveryTests",
            dependencies: ["NotificationDelivery", "Notifications", "SiteConfig", "IncidentModel"]
        ),
        .testTarget(
            name: "StoringenEndToEndTests",
            dependencies: ["storingen", "IncidentModel", "TestSupport", .product(name: "Yams", package: "Yams")],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
