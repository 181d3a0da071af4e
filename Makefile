# The two set-up commands of the README (`make site`, `make test`), plus `install` and
# `dist`. Every target installs what is missing with apt-get first (libcmark-dev,
# tzdata; for the tests also the independent validators), so a fresh Debian machine
# with the Swift toolchain needs nothing else.
SWIFT ?= swift
SITE_OUTPUT ?= site/public
PREFIX ?= /usr/local
DIST_DIR ?= .build-dist
ARCH := $(shell uname -m)
DIST_TARBALL := $(DIST_DIR)/storingen-linux-$(ARCH).tar.gz

.PHONY: site test install dist deps test-deps validate-site check-workflows check-dist

# Check the incidents in incidents/ and build the site into site/public/.
site: deps
	$(SWIFT) build -c release --product storingen
	.build/release/storingen build --incidents incidents --site site --output $(SITE_OUTPUT)

# Run every test: the Swift test suite; the built example site through independent
# validators (Nu HTML checker, feedparser, icalendar, headless Chromium, a link check
# served from a sub-path); the shipped workflow's and the README's run: steps; and the
# distributable binary, copied alone.
test: deps test-deps
	$(SWIFT) test
	$(MAKE) --no-print-directory validate-site
	$(MAKE) --no-print-directory check-dist
	$(MAKE) --no-print-directory check-workflows

validate-site:
	$(SWIFT) build --product storingen
	rm -rf .build/validated-site
	.build/debug/storingen build --incidents incidents --site site --output .build/validated-site --as-of "2026-11-23 12:00"
	python3 Tests/SiteValidation/validate_site.py .build/validated-site --screenshots .build/site-screenshots
	python3 Tests/SiteValidation/check_subpath_site.py .build/debug/storingen --incidents incidents --site site

check-workflows:
	python3 Tests/Workflow/run_workflow.py .github/workflows/status-page.yml --repository . --jobs check,build,notify
	python3 Tests/Workflow/run_workflow.py "README.md#incidents-only" --repository "$$(bash Tests/Workflow/incidents_only_repository.sh)" --tool . --jobs check,build,notify

check-dist: dist
	bash Tests/Distribution/check_dist.sh $(DIST_TARBALL)

# Install the storingen executable into $(PREFIX)/bin (it carries its theme: the
# binary alone is all there is to install).
install: deps
	$(SWIFT) build -c release --product storingen
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 0755 .build/release/storingen $(DESTDIR)$(PREFIX)/bin/storingen

# A release binary with the Swift runtime and Foundation linked in, as a tarball whose
# only system requirements are glibc, libcmark and tzdata.
dist: deps
	$(SWIFT) build -c release --product storingen --scratch-path $(DIST_DIR) -Xswiftc -static-stdlib
	rm -rf $(DIST_DIR)/package && mkdir -p $(DIST_DIR)/package/storingen/bin
	cp $(DIST_DIR)/release/storingen $(DIST_DIR)/package/storingen/bin/
	cp README.md $(DIST_DIR)/package/storingen/
	tar -C $(DIST_DIR)/package -czf $(DIST_TARBALL) storingen
	@echo "dist: $(DIST_TARBALL)"

# libcmark (the Markdown parser) and tzdata (Europe/Amsterdam) from Debian.
deps:
	@bash .ci/install-deps

test-deps:
	@bash .ci/install-deps --test
