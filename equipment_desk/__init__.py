"""Equipment Desk: an offline register of donated equipment and bilingual handover acts."""

__version__ = "0.1.0"
