"""CID 10022 Label Type.

Extensible, version 20110816, UID 1.2.840.10008.6.1.935.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10022
NAME: _Final[str] = "Label Type"
KEYWORD: _Final[str | None] = "LabelType"
UID: _Final[str | None] = "1.2.840.10008.6.1.935"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110816"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SeriesNumber: _Final[_Code] = _Code("DCM", "113607", "Series Number", (10022,))
"""Series Number (DCM 113607)."""

AcquisitionNumber: _Final[_Code] = _Code("DCM", "113608", "Acquisition Number", (10022,))
"""Acquisition Number (DCM 113608)."""

InstanceNumber: _Final[_Code] = _Code("DCM", "113609", "Instance Number", (10022,))
"""Instance Number (DCM 113609)."""

MEMBERS: _Final[tuple[_Code, ...]] = (SeriesNumber, AcquisitionNumber, InstanceNumber)
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
