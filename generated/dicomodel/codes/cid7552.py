"""CID 7552 Generic Purpose of Reference to Images in Measurement.

Extensible, version 20200920, UID 1.2.840.10008.6.1.1344.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7552
NAME: _Final[str] = "Generic Purpose of Reference to Images in Measurement"
KEYWORD: _Final[str | None] = "GenericPurposeOfReferenceToImagesInMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.1344"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200920"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SourceOfMeasurement: _Final[_Code] = _Code("DCM", "121112", "Source of Measurement", (7003, 7552))
"""Source of Measurement (DCM 121112)."""

MEMBERS: _Final[tuple[_Code, ...]] = (SourceOfMeasurement,)
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
