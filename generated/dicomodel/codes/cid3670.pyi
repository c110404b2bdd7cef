"""CID 3670 ECG Procedure Type.

Extensible, version 20110330, UID 1.2.840.10008.6.1.185.

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
_12LeadECG: _Final[_groups.Cid3670Code]
_15LeadECG: _Final[_groups.Cid3670Code]
_18LeadECG: _Final[_groups.Cid3670Code]
MEMBERS: _Final[tuple[_groups.Cid3670Code, ...]]
