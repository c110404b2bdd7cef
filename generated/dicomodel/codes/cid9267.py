"""CID 9267 Patient Positioning Related Object Purposes.

Extensible, version 20221225, UID 1.2.840.10008.6.1.1466.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
