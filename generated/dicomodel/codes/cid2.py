"""CID 2 Anatomic Modifier.

Extensible, version 20190118, UID 1.2.840.10008.6.1.1.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 2
NAME: _Final[str] = "Anatomic Modifier"
KEYWORD: _Final[str | None] = "AnatomicModifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.1"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190118"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Right: _Final[_Code] = _Code("SCT", "24028007", "Right", (2, 5, 247, 12117))
"""Right (SCT 24028007)."""

Left: _Final[_Code] = _Code("SCT", "7771000", "Left", (2, 5, 247, 12117))
"""Left (SCT 7771000)."""

Bilateral: _Final[_Code] = _Code("SCT", "51440002", "Bilateral", (2, 244))
"""Bilateral (SCT 51440002)."""

Unilateral: _Final[_Code] = _Code("SCT", "66459002", "Unilateral", (2, 244))
"""Unilateral (SCT 66459002)."""

Lateral: _Final[_Code] = _Code(
    "SCT", "49370004", "Lateral", (2, 5, 26, 212, 4005, 6065, 12117, 12281)
)
"""Lateral (SCT 49370004)."""

Median: _Final[_Code] = _Code("DCM", "130290", "Median", (2, 212, 245))
"""Median (DCM 130290)."""

Anterior: _Final[_Code] = _Code("SCT", "255549009", "Anterior", (2, 5, 212, 4005, 6025, 12281))
"""Anterior (SCT 255549009)."""

Posterior: _Final[_Code] = _Code("SCT", "255551008", "Posterior", (2, 5, 212, 4005, 6025, 12281))
"""Posterior (SCT 255551008)."""

Cephalic: _Final[_Code] = _Code("SCT", "66787007", "Cephalic", (2, 5, 23))
"""Cephalic (SCT 66787007)."""

Caudal: _Final[_Code] = _Code("SCT", "3583002", "Caudal", (2, 5, 23))
"""Caudal (SCT 3583002)."""

Medial: _Final[_Code] = _Code("SCT", "255561001", "Medial", (2, 5, 4005, 6065, 12117, 12281))
"""Medial (SCT 255561001)."""

Central: _Final[_Code] = _Code("SCT", "26216008", "Central", (2, 5, 212, 4005, 6125))
"""Central (SCT 26216008)."""

Peripheral: _Final[_Code] = _Code("SCT", "14414005", "Peripheral", (2, 5, 6125))
"""Peripheral (SCT 14414005)."""

External: _Final[_Code] = _Code("SCT", "261074009", "External", (2, 5, 6139))
"""External (SCT 261074009)."""

Internal: _Final[_Code] = _Code("SCT", "260521003", "Internal", (2, 5, 6139))
"""Internal (SCT 260521003)."""

Intermediate: _Final[_Code] = _Code("SCT", "11896004", "Intermediate", (2,))
"""Intermediate (SCT 11896004)."""

Inferior: _Final[_Code] = _Code(
    "SCT", "261089000", "Inferior", (2, 5, 212, 4005, 6065, 12117, 12281)
)
"""Inferior (SCT 261089000)."""

Superior: _Final[_Code] = _Code("SCT", "264217000", "Superior", (2, 5, 212, 4005, 6065, 12117))
"""Superior (SCT 264217000)."""

Transverse: _Final[_Code] = _Code("SCT", "62824007", "Transverse", (2, 5, 6, 26, 3838, 12118))
"""Transverse (SCT 62824007)."""

Proximal: _Final[_Code] = _Code("SCT", "40415009", "Proximal", (2, 5, 212, 12116, 12281))
"""Proximal (SCT 40415009)."""

Distal: _Final[_Code] = _Code("SCT", "46053002", "Distal", (2, 5, 212, 12116, 12281))
"""Distal (SCT 46053002)."""

Postaxial: _Final[_Code] = _Code("SCT", "60583000", "Postaxial", (2,))
"""Postaxial (SCT 60583000)."""

Preaxial: _Final[_Code] = _Code("SCT", "32400000", "Preaxial", (2,))
"""Preaxial (SCT 32400000)."""

Apical: _Final[_Code] = _Code("SCT", "43674008", "Apical", (2, 5, 6125))
"""Apical (SCT 43674008)."""

Basal: _Final[_Code] = _Code("SCT", "57195005", "Basal", (2, 6125))
"""Basal (SCT 57195005)."""

Afferent: _Final[_Code] = _Code("SCT", "49530007", "Afferent", (2,))
"""Afferent (SCT 49530007)."""

Efferent: _Final[_Code] = _Code("SCT", "33843005", "Efferent", (2,))
"""Efferent (SCT 33843005)."""

Coronal: _Final[_Code] = _Code("SCT", "81654009", "Coronal", (2, 6, 26, 6312))
"""Coronal (SCT 81654009)."""

Superficial: _Final[_Code] = _Code("SCT", "26283006", "Superficial", (2, 3489))
"""Superficial (SCT 26283006)."""

Deep: _Final[_Code] = _Code("SCT", "795002", "Deep", (2, 3489))
"""Deep (SCT 795002)."""

Horizontal: _Final[_Code] = _Code("SCT", "24020000", "Horizontal", (2, 6121))
"""Horizontal (SCT 24020000)."""

Longitudinal: _Final[_Code] = _Code("SCT", "38717003", "Longitudinal", (2, 6, 12118))
"""Longitudinal (SCT 38717003)."""

Vertical: _Final[_Code] = _Code("SCT", "33096000", "Vertical", (2, 6121))
"""Vertical (SCT 33096000)."""

Sagittal: _Final[_Code] = _Code("SCT", "30730003", "Sagittal", (2, 6, 26, 4010, 6312))
"""Sagittal (SCT 30730003)."""

Axial: _Final[_Code] = _Code("SCT", "24422004", "Axial", (2, 26, 6312))
"""Axial (SCT 24422004)."""

ExtraArticular: _Final[_Code] = _Code("SCT", "87687004", "Extra-articular", (2,))
"""Extra-articular (SCT 87687004)."""

Surface: _Final[_Code] = _Code("SCT", "410679008", "Surface", (2, 5))
"""Surface (SCT 410679008)."""

Gutter: _Final[_Code] = _Code("SCT", "68493006", "Gutter", (2,))
"""Gutter (SCT 68493006)."""

Hilar: _Final[_Code] = _Code("SCT", "32381004", "Hilar", (2,))
"""Hilar (SCT 32381004)."""

Capsular: _Final[_Code] = _Code("SCT", "11070000", "Capsular", (2, 5))
"""Capsular (SCT 11070000)."""

Subcapsular: _Final[_Code] = _Code("SCT", "61397002", "Subcapsular", (2,))
"""Subcapsular (SCT 61397002)."""

Edge: _Final[_Code] = _Code("SCT", "57183005", "Edge", (2,))
"""Edge (SCT 57183005)."""

Anterolateral: _Final[_Code] = _Code("SCT", "37197008", "Anterolateral", (2,))
"""Anterolateral (SCT 37197008)."""

Posterolateral: _Final[_Code] = _Code("SCT", "90069004", "Posterolateral", (2,))
"""Posterolateral (SCT 90069004)."""

IntraArticular: _Final[_Code] = _Code("SCT", "131183008", "Intra-articular", (2, 4))
"""Intra-articular (SCT 131183008)."""

Marginal: _Final[_Code] = _Code("SCT", "112233002", "Marginal", (2,))
"""Marginal (SCT 112233002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Right,
    Left,
    Bilateral,
    Unilateral,
    Lateral,
    Median,
    Anterior,
    Posterior,
    Cephalic,
    Caudal,
    Medial,
    Central,
    Peripheral,
    External,
    Internal,
    Intermediate,
    Inferior,
    Superior,
    Transverse,
    Proximal,
    Distal,
    Postaxial,
    Preaxial,
    Apical,
    Basal,
    Afferent,
    Efferent,
    Coronal,
    Superficial,
    Deep,
    Horizontal,
    Longitudinal,
    Vertical,
    Sagittal,
    Axial,
    ExtraArticular,
    Surface,
    Gutter,
    Hilar,
    Capsular,
    Subcapsular,
    Edge,
    Anterolateral,
    Posterolateral,
    IntraArticular,
    Marginal,
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
