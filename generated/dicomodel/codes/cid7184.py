"""CID 7184 Abstract Multi-dimensional Image Model Axis Direction.

Extensible, version 20100825, UID 1.2.840.10008.6.1.921.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7184
NAME: _Final[str] = "Abstract Multi-dimensional Image Model Axis Direction"
KEYWORD: _Final[str | None] = "AbstractMultiDimensionalImageModelAxisDirection"
UID: _Final[str | None] = "1.2.840.10008.6.1.921"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100825"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftRightAxis: _Final[_Code] = _Code("DCM", "110860", "Left-Right Axis", (7184,))
"""Left-Right Axis (DCM 110860)."""

HeadFootAxis: _Final[_Code] = _Code("DCM", "110861", "Head-Foot Axis", (7184,))
"""Head-Foot Axis (DCM 110861)."""

AnteriorPosteriorAxis: _Final[_Code] = _Code("DCM", "110862", "Anterior-Posterior Axis", (7184,))
"""Anterior-Posterior Axis (DCM 110862)."""

ApexBaseAxis: _Final[_Code] = _Code("DCM", "110863", "Apex-Base Axis", (7184,))
"""Apex-Base Axis (DCM 110863)."""

AnteriorInferiorAxis: _Final[_Code] = _Code("DCM", "110864", "Anterior-Inferior Axis", (7184,))
"""Anterior-Inferior Axis (DCM 110864)."""

SeptumWallAxis: _Final[_Code] = _Code("DCM", "110865", "Septum-Wall Axis", (7184,))
"""Septum-Wall Axis (DCM 110865)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeftRightAxis,
    HeadFootAxis,
    AnteriorPosteriorAxis,
    ApexBaseAxis,
    AnteriorInferiorAxis,
    SeptumWallAxis,
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
