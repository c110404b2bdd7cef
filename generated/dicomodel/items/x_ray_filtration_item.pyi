"""Item class XRayFiltrationItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FilterTypeTerm as FilterTypeTerm
from dicomodel.items import XRayFiltrationItem as XRayFiltrationItem

__all__ = ["FilterTypeTerm", "XRayFiltrationItem"]
