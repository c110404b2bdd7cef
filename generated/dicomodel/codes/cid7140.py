"""CID 7140 Brain Structure for Volumetric Measurement.

Extensible, version 20220402, UID 1.2.840.10008.6.1.967.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7140
NAME: _Final[str] = "Brain Structure for Volumetric Measurement"
KEYWORD: _Final[str | None] = "BrainStructureForVolumetricMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.967"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220402"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Amygdala: _Final[_Code] = _Code("SCT", "4958002", "Amygdala", (7140, 7153))
"""Amygdala (SCT 4958002)."""

BrainStem: _Final[_Code] = _Code("SCT", "119238007", "Brain Stem", (7140, 7153))
"""Brain Stem (SCT 119238007)."""

CaudateNucleus: _Final[_Code] = _Code("SCT", "11000004", "Caudate Nucleus", (7140, 7153))
"""Caudate Nucleus (SCT 11000004)."""

CerebellarCortex: _Final[_Code] = _Code("SCT", "25991003", "Cerebellar Cortex", (7140,))
"""Cerebellar Cortex (SCT 25991003)."""

CerebellarWhiteMatter: _Final[_Code] = _Code(
    "SCT", "33060004", "Cerebellar White Matter", (7140, 7153, 7710)
)
"""Cerebellar White Matter (SCT 33060004)."""

Cerebellum: _Final[_Code] = _Code(
    "SCT", "113305005", "Cerebellum", (4030, 7140, 7153, 12020, 12022)
)
"""Cerebellum (SCT 113305005)."""

CerebralGrayMatter: _Final[_Code] = _Code("SCT", "40146001", "Cerebral Gray Matter", (7140, 7153))
"""Cerebral Gray Matter (SCT 40146001)."""

CerebralWhiteMatter: _Final[_Code] = _Code(
    "SCT", "68523003", "Cerebral White Matter", (7140, 7153, 7710)
)
"""Cerebral White Matter (SCT 68523003)."""

CranialCavity: _Final[_Code] = _Code("SCT", "1101003", "Cranial Cavity", (4, 7140))
"""Cranial Cavity (SCT 1101003)."""

CranialSubarachnoidSpace: _Final[_Code] = _Code(
    "SCT", "33930006", "Cranial Subarachnoid Space", (7140,)
)
"""Cranial Subarachnoid Space (SCT 33930006)."""

CavumOfSeptumPellucidum: _Final[_Code] = _Code(
    "SCT", "74968005", "Cavum of septum pellucidum", (7140,)
)
"""Cavum of septum pellucidum (SCT 74968005)."""

FourthVentricle: _Final[_Code] = _Code("SCT", "35918002", "Fourth Ventricle", (7140, 7153))
"""Fourth Ventricle (SCT 35918002)."""

GlobusPallidus: _Final[_Code] = _Code("SCT", "14738005", "Globus Pallidus", (7140, 7153))
"""Globus Pallidus (SCT 14738005)."""

Hippocampus: _Final[_Code] = _Code("SCT", "5366008", "Hippocampus", (7140, 7153))
"""Hippocampus (SCT 5366008)."""

CerebellarSubarachnoidSpace: _Final[_Code] = _Code(
    "SCT", "263972004", "Cerebellar Subarachnoid Space", (7140,)
)
"""Cerebellar Subarachnoid Space (SCT 263972004)."""

InferiorHornOfLateralVentricle: _Final[_Code] = _Code(
    "SCT", "53118009", "Inferior Horn of Lateral Ventricle", (7140,)
)
"""Inferior Horn of Lateral Ventricle (SCT 53118009)."""

LateralVentricle: _Final[_Code] = _Code("SCT", "66720007", "Lateral Ventricle", (7140, 7153, 12022))
"""Lateral Ventricle (SCT 66720007)."""

NucleusAccumbens: _Final[_Code] = _Code("SCT", "427667007", "Nucleus Accumbens", (7140, 7153))
"""Nucleus Accumbens (SCT 427667007)."""

IntracranialStructure: _Final[_Code] = _Code("SCT", "128319008", "Intracranial structure", (7140,))
"""Intracranial structure (SCT 128319008)."""

Putamen: _Final[_Code] = _Code("SCT", "89278009", "Putamen", (7140, 7153))
"""Putamen (SCT 89278009)."""

Thalamus: _Final[_Code] = _Code("SCT", "119406000", "Thalamus", (7140,))
"""Thalamus (SCT 119406000)."""

ThirdVentricle: _Final[_Code] = _Code("SCT", "49841001", "Third ventricle", (7140, 7153))
"""Third ventricle (SCT 49841001)."""

VentralDiencephalon: _Final[_Code] = _Code("DCM", "110700", "Ventral Diencephalon", (7140,))
"""Ventral Diencephalon (DCM 110700)."""

WhiteMatterT1Hypointensity: _Final[_Code] = _Code(
    "DCM", "110701", "White Matter T1 Hypointensity", (7140,)
)
"""White Matter T1 Hypointensity (DCM 110701)."""

WhiteMatterT2Hyperintensity: _Final[_Code] = _Code(
    "DCM", "110702", "White Matter T2 Hyperintensity", (7140,)
)
"""White Matter T2 Hyperintensity (DCM 110702)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Amygdala,
    BrainStem,
    CaudateNucleus,
    CerebellarCortex,
    CerebellarWhiteMatter,
    Cerebellum,
    CerebralGrayMatter,
    CerebralWhiteMatter,
    CranialCavity,
    CranialSubarachnoidSpace,
    CavumOfSeptumPellucidum,
    FourthVentricle,
    GlobusPallidus,
    Hippocampus,
    CerebellarSubarachnoidSpace,
    InferiorHornOfLateralVentricle,
    LateralVentricle,
    NucleusAccumbens,
    IntracranialStructure,
    Putamen,
    Thalamus,
    ThirdVentricle,
    VentralDiencephalon,
    WhiteMatterT1Hypointensity,
    WhiteMatterT2Hyperintensity,
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
