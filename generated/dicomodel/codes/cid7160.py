"""CID 7160 Pelvic Organ Segmentation Type.

Extensible, version 20230630, UID 1.2.840.10008.6.1.506.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7160
NAME: _Final[str] = "Pelvic Organ Segmentation Type"
KEYWORD: _Final[str | None] = "PelvicOrganSegmentationType"
UID: _Final[str | None] = "1.2.840.10008.6.1.506"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230630"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Bladder: _Final[_Code] = _Code(
    "SCT", "89837001", "Bladder", (645, 4031, 4040, 6204, 7160, 7483, 10044)
)
"""Bladder (SCT 89837001)."""

Cervix: _Final[_Code] = _Code("SCT", "71252005", "Cervix", (645, 4040, 6204, 7160, 12023))
"""Cervix (SCT 71252005)."""

FallopianTube: _Final[_Code] = _Code("SCT", "31435000", "Fallopian tube", (7160,))
"""Fallopian tube (SCT 31435000)."""

Vulva: _Final[_Code] = _Code("SCT", "45292006", "Vulva", (4, 7160))
"""Vulva (SCT 45292006)."""

FemaleInternalGenitalia: _Final[_Code] = _Code(
    "SCT", "699886009", "Female internal genitalia", (7160,)
)
"""Female internal genitalia (SCT 699886009)."""

MaleExternalGenitalia: _Final[_Code] = _Code("SCT", "90418005", "Male external genitalia", (7160,))
"""Male external genitalia (SCT 90418005)."""

MaleInternalGenitalia: _Final[_Code] = _Code("SCT", "38242008", "Male internal genitalia", (7160,))
"""Male internal genitalia (SCT 38242008)."""

Ovary: _Final[_Code] = _Code("SCT", "15497006", "Ovary", (4, 645, 6204, 7160, 10044))
"""Ovary (SCT 15497006)."""

Pelvis: _Final[_Code] = _Code("SCT", "816092008", "Pelvis", (4031, 7160, 7483))
"""Pelvis (SCT 816092008)."""

PelvicCavityFalseAndOrTrue: _Final[_Code] = _Code(
    "SCT", "816989007", "Pelvic cavity, false and/or true", (4040, 7160)
)
"""Pelvic cavity, false and/or true (SCT 816989007)."""

PelvicCavityFalse: _Final[_Code] = _Code("SCT", "816990003", "Pelvic cavity, false", (7160,))
"""Pelvic cavity, false (SCT 816990003)."""

PelvicCavityTrue: _Final[_Code] = _Code("SCT", "816991004", "Pelvic cavity, true", (7160,))
"""Pelvic cavity, true (SCT 816991004)."""

Prostate: _Final[_Code] = _Code(
    "SCT", "41216001", "Prostate", (645, 4031, 6204, 6300, 7160, 10044, 12321)
)
"""Prostate (SCT 41216001)."""

Rectum: _Final[_Code] = _Code(
    "SCT", "34402009", "Rectum", (4, 645, 4031, 4040, 6204, 6210, 6348, 7160)
)
"""Rectum (SCT 34402009)."""

SeminalVesicle: _Final[_Code] = _Code(
    "SCT", "64739004", "Seminal Vesicle", (6204, 6300, 6348, 7160)
)
"""Seminal Vesicle (SCT 64739004)."""

Testis: _Final[_Code] = _Code("SCT", "40689003", "Testis", (4030, 6204, 7160, 10044, 12321))
"""Testis (SCT 40689003)."""

Uterus: _Final[_Code] = _Code("SCT", "35039007", "Uterus", (645, 4030, 6204, 7160, 10044, 12023))
"""Uterus (SCT 35039007)."""

Vagina: _Final[_Code] = _Code("SCT", "76784001", "Vagina", (4, 7160))
"""Vagina (SCT 76784001)."""

VasDeferens: _Final[_Code] = _Code("SCT", "57671007", "Vas deferens", (7160,))
"""Vas deferens (SCT 57671007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Bladder,
    Cervix,
    FallopianTube,
    Vulva,
    FemaleInternalGenitalia,
    MaleExternalGenitalia,
    MaleInternalGenitalia,
    Ovary,
    Pelvis,
    PelvicCavityFalseAndOrTrue,
    PelvicCavityFalse,
    PelvicCavityTrue,
    Prostate,
    Rectum,
    SeminalVesicle,
    Testis,
    Uterus,
    Vagina,
    VasDeferens,
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
