"""``python -m equipment_desk``: the headless command line."""

from equipment_desk.cli import main

raise SystemExit(main())
