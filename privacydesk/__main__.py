import sys

if sys.argv[1:2] == ["--bundle-check"]:  # the frozen build's smoke test (packaging/)
    from privacydesk.bundle_check import main as bundle_check

    sys.exit(bundle_check(sys.argv[2:]))

from privacydesk.cli import main

sys.exit(main())
