"""CID 10034 Reason for Repeating Acquisition.

Extensible, version 20170418, UID 1.2.840.10008.6.1.1175.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10034
NAME: _Final[str] = "Reason for Repeating Acquisition"
KEYWORD: _Final[str | None] = "ReasonForRepeatingAcquisition"
UID: _Final[str | None] = "1.2.840.10008.6.1.1175"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170418"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PatientMotion: _Final[_Code] = _Code("DCM", "128553", "Patient motion", (10034,))
"""Patient motion (DCM 128553)."""

SuboptimalContrastTiming: _Final[_Code] = _Code(
    "DCM", "128554", "Suboptimal contrast timing", (10034,)
)
"""Suboptimal contrast timing (DCM 128554)."""

MEMBERS: _Final[tuple[_Code, ...]] = (PatientMotion, SuboptimalContrastTiming)
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
