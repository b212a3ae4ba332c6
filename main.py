"""Open the Equipment Desk window: ``python main.py [--db PATH]`` (``--help`` says what it accepts)."""

from equipment_desk.ui.launch import main

if __name__ == "__main__":
    raise SystemExit(main())
