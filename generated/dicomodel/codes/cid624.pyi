"""CID 624 Inhalational Anesthesia Agent for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1089.

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
CarbonDioxide: _Final[_groups.Cid624Code]
Chloroform: _Final[_groups.Cid624Code]
Desflurane: _Final[_groups.Cid624Code]
DiethylEther: _Final[_groups.Cid624Code]
Enflurane: _Final[_groups.Cid624Code]
Halothane: _Final[_groups.Cid624Code]
Isoflurane: _Final[_groups.Cid624Code]
Methoxyflurane: _Final[_groups.Cid624Code]
NitrousOxide: _Final[_groups.Cid624Code]
Sevoflurane: _Final[_groups.Cid624Code]
MEMBERS: _Final[tuple[_groups.Cid624Code, ...]]
