from xhht_desktop.app import main

raise SystemExit(main())
