"""CID 3491 IVUS Lesion Morphology.

Extensible, version 20040614, UID 1.2.840.10008.6.1.125.
Includes CID 3495.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
SoftPlaque: _Final[_groups.Cid3491Code]
InStentNeointima: _Final[_groups.Cid3491Code]
ArterialTrueAneurysm: _Final[_groups.Cid3491Code]
PseudoAneurysm: _Final[_groups.Cid3491Code]
FalseLumen: _Final[_groups.Cid3491Code]
Concentric: _Final[_groups.Cid3491Code]
Eccentric: _Final[_groups.Cid3491Code]
PlaqueUlceration: _Final[_groups.Cid3491Code]
PlaqueRupture: _Final[_groups.Cid3491Code]
VulnerablePlaque: _Final[_groups.Cid3491Code]
ErodedPlaque: _Final[_groups.Cid3491Code]
FibrousPlaque: _Final[_groups.Cid3491Code]
VascularCalcification: _Final[_groups.Cid3491Code]
Thrombus: _Final[_groups.Cid3491Code]
FibroLipidicPlaque: _Final[_groups.Cid3491Code]
NecroticLipidicPlaque: _Final[_groups.Cid3491Code]
MEMBERS: _Final[tuple[_groups.Cid3491Code, ...]]
