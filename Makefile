# The two set-up commands of the README. Both install what is missing with apt-get
# (libcmark-dev, tzdata; for the tests also the independent validators), so a fresh
# Debian machine with the Swift toolchain needs nothing else.
SWIFT ?= swift
SITE_OUTPUT ?= site/public

.PHONY: site test deps test-deps validate-site

# Check the incidents in incidents/ and build the site into site/public/.
site: deps
	$(SWIFT) build -c release --product storingen
	.build/release/storingen build --incidents incidents --site site --output $(SITE_OUTPUT)

# Run every test: the Swift test suite, then the built example site through
# independent validators (Nu HTML checker, feedparser, icalendar, headless Chromium).
test: deps test-deps
	$(SWIFT) test
	$(MAKE) --no-print-directory validate-site

validate-site:
	$(SWIFT) build --product storingen
	rm -rf .build/validated-site
	.build/debug/storingen build --incidents incidents --site site --output .build/validated-site --as-of "2026-11-23 12:00"
	python3 Tests/SiteValidation/validate_site.py .build/validated-site --screenshots .build/site-screenshots

# libcmark (the Markdown parser) and tzdata (Europe/Amsterdam) from Debian.
deps:
	@bash .ci/install-deps

test-deps:
	@bash .ci/install-deps --test
