"""CID 62 Imaging Agent Administration Phase Type.

Extensible, version 20210325, UID 1.2.840.10008.6.1.1252.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 62
NAME: _Final[str] = "Imaging Agent Administration Phase Type"
KEYWORD: _Final[str | None] = "ImagingAgentAdministrationPhaseType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1252"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210325"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AutomaticProgrammedAdministrationPhase: _Final[_Code] = _Code(
    "DCM", "130168", "Automatic Programmed Administration Phase", (62,)
)
"""Automatic Programmed Administration Phase (DCM 130168)."""

AutomaticProgrammedDelayPhase: _Final[_Code] = _Code(
    "DCM", "130169", "Automatic Programmed Delay Phase", (62,)
)
"""Automatic Programmed Delay Phase (DCM 130169)."""

AutomatedManualInjectPhase: _Final[_Code] = _Code(
    "DCM", "130171", "Automated Manual Inject Phase", (62,)
)
"""Automated Manual Inject Phase (DCM 130171)."""

AutomaticProgrammedWaitPhase: _Final[_Code] = _Code(
    "DCM", "130263", "Automatic Programmed Wait Phase", (62,)
)
"""Automatic Programmed Wait Phase (DCM 130263)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AutomaticProgrammedAdministrationPhase,
    AutomaticProgrammedDelayPhase,
    AutomatedManualInjectPhase,
    AutomaticProgrammedWaitPhase,
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
