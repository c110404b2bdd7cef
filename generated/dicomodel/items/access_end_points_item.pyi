"""Item class AccessEndPointsItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import AccessEndPointsItem as AccessEndPointsItem

__all__ = ["AccessEndPointsItem"]
