"""CID 4233 Ophthalmic Axial Length Measurements Segment Name.

Extensible, version 20100623, UID 1.2.840.10008.6.1.879.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4233
NAME: _Final[str] = "Ophthalmic Axial Length Measurements Segment Name"
KEYWORD: _Final[str | None] = "OphthalmicAxialLengthMeasurementsSegmentName"
UID: _Final[str | None] = "1.2.840.10008.6.1.879"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100623"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Cornea: _Final[_Code] = _Code("SCT", "28726007", "Cornea", (4, 4029, 4209, 4211, 4233, 4266))
"""Cornea (SCT 28726007)."""

AnteriorChamber: _Final[_Code] = _Code("SCT", "31636006", "Anterior Chamber", (4209, 4211, 4233))
"""Anterior Chamber (SCT 31636006)."""

SingleOrAnteriorLens: _Final[_Code] = _Code("DCM", "111778", "Single or Anterior Lens", (4233,))
"""Single or Anterior Lens (DCM 111778)."""

PosteriorLens: _Final[_Code] = _Code("DCM", "111779", "Posterior Lens", (4233,))
"""Posterior Lens (DCM 111779)."""

VitreousCavity: _Final[_Code] = _Code("SCT", "26386000", "Vitreous Cavity", (4211, 4233))
"""Vitreous Cavity (SCT 26386000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Cornea,
    AnteriorChamber,
    SingleOrAnteriorLens,
    PosteriorLens,
    VitreousCavity,
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
