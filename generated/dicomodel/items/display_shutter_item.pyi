"""Item class DisplayShutterItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import DisplayShutterItem as DisplayShutterItem

__all__ = ["DisplayShutterItem"]
