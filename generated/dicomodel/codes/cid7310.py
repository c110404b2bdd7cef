"""CID 7310 Implant Fixation Method.

Extensible, version 20200310, UID 1.2.840.10008.6.1.1041.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7310
NAME: _Final[str] = "Implant Fixation Method"
KEYWORD: _Final[str | None] = "ImplantFixationMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.1041"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200310"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Anchoring: _Final[_Code] = _Code("SCT", "129380009", "Anchoring", (7310,))
"""Anchoring (SCT 129380009)."""

Fusion: _Final[_Code] = _Code("SCT", "129379006", "Fusion", (7310,))
"""Fusion (SCT 129379006)."""

Gluing: _Final[_Code] = _Code("SCT", "360038009", "Gluing", (7310,))
"""Gluing (SCT 360038009)."""

InternalSkeletalFixation: _Final[_Code] = _Code(
    "SCT", "118470002", "Internal skeletal fixation", (7310,)
)
"""Internal skeletal fixation (SCT 118470002)."""

InternalFixationUsingPlate: _Final[_Code] = _Code(
    "SCT", "257835007", "Internal fixation using plate", (7310,)
)
"""Internal fixation using plate (SCT 257835007)."""

InternalFixationUsingScrew: _Final[_Code] = _Code(
    "SCT", "257834006", "Internal fixation using screw", (7310,)
)
"""Internal fixation using screw (SCT 257834006)."""

InternalFixationUsingStaple: _Final[_Code] = _Code(
    "SCT", "257833000", "Internal fixation using staple", (7310,)
)
"""Internal fixation using staple (SCT 257833000)."""

CementedComponentFixation: _Final[_Code] = _Code(
    "SCT", "257771002", "Cemented component fixation", (7310,)
)
"""Cemented component fixation (SCT 257771002)."""

UncementedComponentFixation: _Final[_Code] = _Code(
    "SCT", "304367000", "Uncemented component fixation", (7310,)
)
"""Uncemented component fixation (SCT 304367000)."""

RepairByNailing: _Final[_Code] = _Code("SCT", "35860002", "Repair by nailing", (7310,))
"""Repair by nailing (SCT 35860002)."""

Pinning: _Final[_Code] = _Code("DCM", "112318", "Pinning", (7310,))
"""Pinning (DCM 112318)."""

Sewing: _Final[_Code] = _Code("DCM", "112319", "Sewing", (7310,))
"""Sewing (DCM 112319)."""

Bolting: _Final[_Code] = _Code("DCM", "112320", "Bolting", (7310,))
"""Bolting (DCM 112320)."""

Wedging: _Final[_Code] = _Code("DCM", "112321", "Wedging", (7310,))
"""Wedging (DCM 112321)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Anchoring,
    Fusion,
    Gluing,
    InternalSkeletalFixation,
    InternalFixationUsingPlate,
    InternalFixationUsingScrew,
    InternalFixationUsingStaple,
    CementedComponentFixation,
    UncementedComponentFixation,
    RepairByNailing,
    Pinning,
    Sewing,
    Bolting,
    Wedging,
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
