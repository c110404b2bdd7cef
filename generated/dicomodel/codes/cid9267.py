"""CID 9267 Patient Positioning Related Object Purposes.

Extensible, version 20221225, UID 1.2.840.10008.6.1.1466.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 9267
NAME: _Final[str] = "Patient Positioning Related Object Purposes"
KEYWORD: _Final[str | None] = "PatientPositioningRelatedObjectPurposes"
UID: _Final[str | None] = "1.2.840.10008.6.1.1466"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20221225"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RTPatientPositioningReferenceImage: _Final[_Code] = _Code(
    "DCM", "130790", "RT Patient Positioning Reference Image", (9267,)
)
"""RT Patient Positioning Reference Image (DCM 130790)."""

MEMBERS: _Final[tuple[_Code, ...]] = (RTPatientPositioningReferenceImage,)
"""The resolved membership: own members, then those of the included groups, in order."""
