"""Enumerated Values and Defined Terms of Filter-by Attribute Presence.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FilterByAttributePresence as FilterByAttributePresence
from dicomodel.enums import FilterByAttributePresenceValue as FilterByAttributePresenceValue

__all__ = ["FilterByAttributePresence", "FilterByAttributePresenceValue"]
