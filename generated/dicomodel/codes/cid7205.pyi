"""CID 7205 Purpose of Reference to Alternate Representation.

Extensible, version 20040322, UID 1.2.840.10008.6.1.511.

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
SourceImage: _Final[_groups.Cid7205Code]
LossyCompressedImage: _Final[_groups.Cid7205Code]
AlternateSOPClassInstance: _Final[_groups.Cid7205Code]
FullFidelityImage: _Final[_groups.Cid7205Code]
AlternatePhotometricInterpretationImage: _Final[_groups.Cid7205Code]
MEMBERS: _Final[tuple[_groups.Cid7205Code, ...]]
