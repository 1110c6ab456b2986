"""XHHT Desktop: offline records for Vietnam's learning-promotion associations."""

__version__ = "0.1.0"
APP_NAME = "XHHT Desktop"
APP_ID = "xhht-desktop"
