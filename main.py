"""Open the Equipment Desk window."""

from equipment_desk.ui.launch import main

if __name__ == "__main__":
    raise SystemExit(main())
