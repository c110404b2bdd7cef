"""CID 3497 IVUS Arterial Morphology.

Extensible, version 20050110, UID 1.2.840.10008.6.1.131.
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
LumenOfArtery: _Final[_groups.Cid3497Code]
ExternalElasticMembrane: _Final[_groups.Cid3497Code]
FibrousPlaque: _Final[_groups.Cid3497Code]
VascularCalcification: _Final[_groups.Cid3497Code]
Thrombus: _Final[_groups.Cid3497Code]
FibroLipidicPlaque: _Final[_groups.Cid3497Code]
NecroticLipidicPlaque: _Final[_groups.Cid3497Code]
MEMBERS: _Final[tuple[_groups.Cid3497Code, ...]]
