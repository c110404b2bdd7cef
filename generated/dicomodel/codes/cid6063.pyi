"""CID 6063 Interventional Procedure Result.

Extensible, version 20040112, UID 1.2.840.10008.6.1.392.

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
Benign: _Final[_groups.Cid6063Code]
HighRiskTumor: _Final[_groups.Cid6063Code]
Malignant: _Final[_groups.Cid6063Code]
InsufficientSample: _Final[_groups.Cid6063Code]
IndeterminateResult: _Final[_groups.Cid6063Code]
MEMBERS: _Final[tuple[_groups.Cid6063Code, ...]]
