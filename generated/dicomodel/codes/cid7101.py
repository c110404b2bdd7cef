"""CID 7101 Brain Atlas Fiducial.

Extensible, version 20040115, UID 1.2.840.10008.6.1.495.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7101
NAME: _Final[str] = "Brain Atlas Fiducial"
KEYWORD: _Final[str | None] = "BrainAtlasFiducial"
UID: _Final[str | None] = "1.2.840.10008.6.1.495"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040115"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

InterHemisphericPlane: _Final[_Code] = _Code("DCM", "125030", "Inter-Hemispheric Plane", (7101,))
"""Inter-Hemispheric Plane (DCM 125030)."""

AnteriorCommissure: _Final[_Code] = _Code("SCT", "62872008", "Anterior Commissure", (7101, 7705))
"""Anterior Commissure (SCT 62872008)."""

PosteriorCommissure: _Final[_Code] = _Code(
    "SCT", "279336005", "Posterior Commissure", (7101, 7153, 7705)
)
"""Posterior Commissure (SCT 279336005)."""

RightHemisphereMostAnterior: _Final[_Code] = _Code(
    "DCM", "125031", "Right Hemisphere Most Anterior", (7101,)
)
"""Right Hemisphere Most Anterior (DCM 125031)."""

RightHemisphereMostPosterior: _Final[_Code] = _Code(
    "DCM", "125032", "Right Hemisphere Most Posterior", (7101,)
)
"""Right Hemisphere Most Posterior (DCM 125032)."""

RightHemisphereMostSuperior: _Final[_Code] = _Code(
    "DCM", "125033", "Right Hemisphere Most Superior", (7101,)
)
"""Right Hemisphere Most Superior (DCM 125033)."""

RightHemisphereMostInferior: _Final[_Code] = _Code(
    "DCM", "125034", "Right Hemisphere Most Inferior", (7101,)
)
"""Right Hemisphere Most Inferior (DCM 125034)."""

LeftHemisphereMostAnterior: _Final[_Code] = _Code(
    "DCM", "125035", "Left Hemisphere Most Anterior", (7101,)
)
"""Left Hemisphere Most Anterior (DCM 125035)."""

LeftHemisphereMostPosterior: _Final[_Code] = _Code(
    "DCM", "125036", "Left Hemisphere Most Posterior", (7101,)
)
"""Left Hemisphere Most Posterior (DCM 125036)."""

LeftHemisphereMostSuperior: _Final[_Code] = _Code(
    "DCM", "125037", "Left Hemisphere Most Superior", (7101,)
)
"""Left Hemisphere Most Superior (DCM 125037)."""

LeftHemisphereMostInferior: _Final[_Code] = _Code(
    "DCM", "125038", "Left Hemisphere Most Inferior", (7101,)
)
"""Left Hemisphere Most Inferior (DCM 125038)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    InterHemisphericPlane,
    AnteriorCommissure,
    PosteriorCommissure,
    RightHemisphereMostAnterior,
    RightHemisphereMostPosterior,
    RightHemisphereMostSuperior,
    RightHemisphereMostInferior,
    LeftHemisphereMostAnterior,
    LeftHemisphereMostPosterior,
    LeftHemisphereMostSuperior,
    LeftHemisphereMostInferior,
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
