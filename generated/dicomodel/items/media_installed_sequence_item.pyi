"""Item class MediaInstalledSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import MediaInstalledSequenceItem as MediaInstalledSequenceItem

__all__ = ["MediaInstalledSequenceItem"]
