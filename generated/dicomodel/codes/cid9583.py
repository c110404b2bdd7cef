"""CID 9583 RT Plan Radiotherapy Procedure Technique.

Extensible, version 20240616, UID 1.2.840.10008.6.1.1486.
Includes CID 9511, CID 9512.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9583
NAME: _Final[str] = "RT Plan Radiotherapy Procedure Technique"
KEYWORD: _Final[str | None] = "RTPlanRadiotherapyProcedureTechnique"
UID: _Final[str | None] = "1.2.840.10008.6.1.1486"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240616"
INCLUDES: _Final[tuple[int, ...]] = (9511, 9512)
EXTERNAL_SCHEME: _Final[str | None] = None

StaticBeam: _Final[_Code] = _Code("DCM", "130102", "Static Beam", (9511,))
"""Static Beam (DCM 130102). Included from CID 9511."""

ArcBeam: _Final[_Code] = _Code("DCM", "130103", "Arc Beam", (9511,))
"""Arc Beam (DCM 130103). Included from CID 9511."""

ConformalArcBeam: _Final[_Code] = _Code("DCM", "130104", "Conformal Arc Beam", (9511,))
"""Conformal Arc Beam (DCM 130104). Included from CID 9511."""

StepAndShootBeam: _Final[_Code] = _Code("DCM", "130105", "Step and Shoot Beam", (9511,))
"""Step and Shoot Beam (DCM 130105). Included from CID 9511."""

SlidingWindowBeam: _Final[_Code] = _Code("DCM", "130106", "Sliding Window Beam", (9511,))
"""Sliding Window Beam (DCM 130106). Included from CID 9511."""

VMAT: _Final[_Code] = _Code("DCM", "130107", "VMAT", (9511,))
"""VMAT (DCM 130107). Included from CID 9511."""

HelicalBeam: _Final[_Code] = _Code("DCM", "130108", "Helical Beam", (9512,))
"""Helical Beam (DCM 130108). Included from CID 9512."""

TopographicBeam: _Final[_Code] = _Code("DCM", "130109", "Topographic Beam", (9512,))
"""Topographic Beam (DCM 130109). Included from CID 9512."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    StaticBeam,
    ArcBeam,
    ConformalArcBeam,
    StepAndShootBeam,
    SlidingWindowBeam,
    VMAT,
    HelicalBeam,
    TopographicBeam,
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
