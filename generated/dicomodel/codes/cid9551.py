"""CID 9551 Treatment Delivery Device Type.

Extensible, version 20190715, UID 1.2.840.10008.6.1.1298.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9551
NAME: Final[str] = "Treatment Delivery Device Type"
KEYWORD: Final[str | None] = "TreatmentDeliveryDeviceType"
UID: Final[str | None] = "1.2.840.10008.6.1.1298"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190715"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RadiotherapyTreatmentDevice: Final[Code] = Code(
    "DCM", "130361", "Radiotherapy Treatment Device", (9551,)
)
"""Radiotherapy Treatment Device (DCM 130361)."""

MEMBERS: Final[tuple[Code, ...]] = (RadiotherapyTreatmentDevice,)
"""The resolved membership: own members, then those of the included groups, in order."""
