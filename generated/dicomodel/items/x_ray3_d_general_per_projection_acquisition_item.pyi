"""Item class XRay3DGeneralPerProjectionAcquisitionItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    XRay3DGeneralPerProjectionAcquisitionItem as XRay3DGeneralPerProjectionAcquisitionItem,
)

__all__ = ["XRay3DGeneralPerProjectionAcquisitionItem"]
