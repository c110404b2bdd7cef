"""CID 7706 Cranial Nerve.

Extensible, version 20150106, UID 1.2.840.10008.6.1.1018.

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
OlfactoryTract: _Final[_groups.Cid7706Code]
OpticNerve: _Final[_groups.Cid7706Code]
OculomotorNerve: _Final[_groups.Cid7706Code]
TrochlearNerve: _Final[_groups.Cid7706Code]
TrigeminalNerve: _Final[_groups.Cid7706Code]
AbducensNerve: _Final[_groups.Cid7706Code]
FacialNerve: _Final[_groups.Cid7706Code]
VestibulocochlearNerve: _Final[_groups.Cid7706Code]
GlossopharyngealNerve: _Final[_groups.Cid7706Code]
VagusNerve: _Final[_groups.Cid7706Code]
AccessoryNerve: _Final[_groups.Cid7706Code]
HypoglossalNerve: _Final[_groups.Cid7706Code]
MEMBERS: _Final[tuple[_groups.Cid7706Code, ...]]
