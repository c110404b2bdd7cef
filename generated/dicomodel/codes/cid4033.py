"""CID 4033 MR Proton Spectroscopy Metabolite.

Extensible, version 20160314, UID 1.2.840.10008.6.1.310.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4033
NAME: _Final[str] = "MR Proton Spectroscopy Metabolite"
KEYWORD: _Final[str | None] = "MRProtonSpectroscopyMetabolite"
UID: _Final[str | None] = "1.2.840.10008.6.1.310"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NAcetylaspartate: _Final[_Code] = _Code("SCT", "115391007", "N-acetylaspartate", (4033,))
"""N-acetylaspartate (SCT 115391007)."""

Citrate: _Final[_Code] = _Code("SCT", "59351004", "Citrate", (4033,))
"""Citrate (SCT 59351004)."""

Choline: _Final[_Code] = _Code("SCT", "65123005", "Choline", (4033,))
"""Choline (SCT 65123005)."""

Creatine: _Final[_Code] = _Code("SCT", "14804005", "Creatine", (4033,))
"""Creatine (SCT 14804005)."""

CreatineAndCholine: _Final[_Code] = _Code("DCM", "113094", "Creatine and Choline", (4033,))
"""Creatine and Choline (DCM 113094)."""

Lactate: _Final[_Code] = _Code("SCT", "83036002", "Lactate", (4033,))
"""Lactate (SCT 83036002)."""

Lipid: _Final[_Code] = _Code("SCT", "70106000", "Lipid", (4033, 11006))
"""Lipid (SCT 70106000)."""

LipidAndLactate: _Final[_Code] = _Code("DCM", "113095", "Lipid and Lactate", (4033,))
"""Lipid and Lactate (DCM 113095)."""

GlutamateAndGlutamine: _Final[_Code] = _Code("DCM", "113080", "Glutamate and glutamine", (4033,))
"""Glutamate and glutamine (DCM 113080)."""

Glutamine: _Final[_Code] = _Code("SCT", "25761002", "Glutamine", (4033,))
"""Glutamine (SCT 25761002)."""

Tuarine: _Final[_Code] = _Code("SCT", "10944007", "Tuarine", (4033,))
"""Tuarine (SCT 10944007)."""

Inositol: _Final[_Code] = _Code("SCT", "72164009", "Inositol", (4033,))
"""Inositol (SCT 72164009)."""

CholineCreatineRatio: _Final[_Code] = _Code("DCM", "113081", "Choline/Creatine Ratio", (4033,))
"""Choline/Creatine Ratio (DCM 113081)."""

NAcetylaspartateCreatineRatio: _Final[_Code] = _Code(
    "DCM", "113082", "N-acetylaspartate/Creatine Ratio", (4033,)
)
"""N-acetylaspartate/Creatine Ratio (DCM 113082)."""

NAcetylaspartateCholineRatio: _Final[_Code] = _Code(
    "DCM", "113083", "N-acetylaspartate/Choline Ratio", (4033,)
)
"""N-acetylaspartate/Choline Ratio (DCM 113083)."""

CreatineCholineCitrateRatio: _Final[_Code] = _Code(
    "DCM", "113096", "Creatine+Choline/Citrate Ratio", (4033,)
)
"""Creatine+Choline/Citrate Ratio (DCM 113096)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NAcetylaspartate,
    Citrate,
    Choline,
    Creatine,
    CreatineAndCholine,
    Lactate,
    Lipid,
    LipidAndLactate,
    GlutamateAndGlutamine,
    Glutamine,
    Tuarine,
    Inositol,
    CholineCreatineRatio,
    NAcetylaspartateCreatineRatio,
    NAcetylaspartateCholineRatio,
    CreatineCholineCitrateRatio,
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
