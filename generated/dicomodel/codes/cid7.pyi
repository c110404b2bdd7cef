"""CID 7 Ultrasound Beam Path.

Extensible, version 20191108, UID 1.2.840.10008.6.1.5.

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
TransHepatic: _Final[_groups.Cid7Code]
TransGastric: _Final[_groups.Cid7Code]
TransPleural: _Final[_groups.Cid7Code]
TransMural: _Final[_groups.Cid7Code]
TransOrbital: _Final[_groups.Cid7Code]
TransPancreatic: _Final[_groups.Cid7Code]
TransRectal: _Final[_groups.Cid7Code]
TransRenal: _Final[_groups.Cid7Code]
TransTemporal: _Final[_groups.Cid7Code]
TransThecal: _Final[_groups.Cid7Code]
TransUrethral: _Final[_groups.Cid7Code]
TransVesical: _Final[_groups.Cid7Code]
TransSplenic: _Final[_groups.Cid7Code]
TransEsophageal: _Final[_groups.Cid7Code]
TransAbdominal: _Final[_groups.Cid7Code]
TransVaginal: _Final[_groups.Cid7Code]
MEMBERS: _Final[tuple[_groups.Cid7Code, ...]]
