"""CID 10001 UID Type.

Extensible, version 20190327, UID 1.2.840.10008.6.1.535.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10001
NAME: _Final[str] = "UID Type"
KEYWORD: _Final[str | None] = "UIDType"
UID: _Final[str | None] = "1.2.840.10008.6.1.535"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

StudyInstanceUID: _Final[_Code] = _Code("DCM", "110180", "Study Instance UID", (404, 10001))
"""Study Instance UID (DCM 110180)."""

SeriesInstanceUID: _Final[_Code] = _Code("DCM", "112002", "Series Instance UID", (10001,))
"""Series Instance UID (DCM 112002)."""

PerformedProcedureStepSOPInstanceUID: _Final[_Code] = _Code(
    "DCM", "121126", "Performed Procedure Step SOP Instance UID", (10001,)
)
"""Performed Procedure Step SOP Instance UID (DCM 121126)."""

IrradiationEventUID: _Final[_Code] = _Code("DCM", "113769", "Irradiation Event UID", (10001,))
"""Irradiation Event UID (DCM 113769)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    StudyInstanceUID,
    SeriesInstanceUID,
    PerformedProcedureStepSOPInstanceUID,
    IrradiationEventUID,
)
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
