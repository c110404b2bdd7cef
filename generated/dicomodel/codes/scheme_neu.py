"""Coding scheme NEU: NeuroNames.

11 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

DESIGNATOR: _Final[str] = "NEU"
NAME: _Final[str] = "NeuroNames"
UID: _Final[str | None] = "2.16.840.1.113883.6.210"
URI: _Final[str | None] = None
RETIRED: _Final[bool] = False

AnteriorThalamicRadiation: _Final[_Code] = _Code(
    "NEU", "1726", "anterior thalamic radiation", (7702,)
)
"""anterior thalamic radiation (NEU 1726)."""

ArcuateFasciculus: _Final[_Code] = _Code("NEU", "2063", "arcuate fasciculus", (7703,))
"""arcuate fasciculus (NEU 2063)."""

CorticobulbarTract: _Final[_Code] = _Code("NEU", "1319", "corticobulbar tract", (7702,))
"""corticobulbar tract (NEU 1319)."""

CorticospinalTract: _Final[_Code] = _Code("NEU", "1320", "corticospinal tract", (7702,))
"""corticospinal tract (NEU 1320)."""

InferiorOpticRadiationMeyerLoop: _Final[_Code] = _Code(
    "NEU", "1466", "inferior optic radiation (Meyer's loop)", (7702,)
)
"""inferior optic radiation (Meyer's loop) (NEU 1466)."""

InferiorThalamicRadiation: _Final[_Code] = _Code(
    "NEU", "2082", "inferior thalamic radiation", (7702,)
)
"""inferior thalamic radiation (NEU 2082)."""

PosteriorThalamicRadiation: _Final[_Code] = _Code(
    "NEU", "2083", "posterior thalamic radiation", (7702,)
)
"""posterior thalamic radiation (NEU 2083)."""

StriaTerminalis: _Final[_Code] = _Code("NEU", "286", "stria terminalis", (7704,))
"""stria terminalis (NEU 286)."""

SuperiorLongitudinalFasciculus: _Final[_Code] = _Code(
    "NEU", "2080", "superior longitudinal fasciculus", (7703,)
)
"""superior longitudinal fasciculus (NEU 2080)."""

SuperiorOpticRadiationBaumLoop: _Final[_Code] = _Code(
    "NEU", "3473", "superior optic radiation (Baum's loop)", (7702,)
)
"""superior optic radiation (Baum's loop) (NEU 3473)."""

SuperiorThalamicRadiation: _Final[_Code] = _Code(
    "NEU", "2081", "superior thalamic radiation", (7702,)
)
"""superior thalamic radiation (NEU 2081)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AnteriorThalamicRadiation,
    ArcuateFasciculus,
    CorticobulbarTract,
    CorticospinalTract,
    InferiorOpticRadiationMeyerLoop,
    InferiorThalamicRadiation,
    PosteriorThalamicRadiation,
    StriaTerminalis,
    SuperiorLongitudinalFasciculus,
    SuperiorOpticRadiationBaumLoop,
    SuperiorThalamicRadiation,
)
"""Every code of the scheme in PS3.16, sorted by name."""

__scheme__: _Final[_CodingScheme] = _CodingScheme(
    designator=DESIGNATOR,
    name=NAME,
    uid=UID,
    uri=URI,
    retired=RETIRED,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
