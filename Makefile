# The two set-up commands of the README. Both install libcmark-dev when it is missing,
# so a fresh Debian machine with the Swift toolchain needs nothing else.
SWIFT ?= swift

.PHONY: site test deps

# Check the incidents in incidents/ and build the site into site/public/.
site: deps
	$(SWIFT) build -c release --product storingen
	.build/release/storingen check --incidents incidents
	@if .build/release/storingen --help | grep -q '^  build '; then \
		.build/release/storingen build --incidents incidents --site site --output site/public; \
	fi

# Run every test.
test: deps
	$(SWIFT) test

# libcmark (the Markdown parser) and tzdata (Europe/Amsterdam) from Debian.
deps:
	@bash .ci/install-deps
