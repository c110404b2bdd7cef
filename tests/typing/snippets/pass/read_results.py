"""What from_dataset and read return is the class, with its fields typed."""

from __future__ import annotations

from pathlib import Path

import dicomodel
from dicomodel.iods import CTImage
from dicomodel.model import DicomModel
from pydicom import Dataset


def size(dataset: Dataset) -> tuple[int, int]:
    image = CTImage.from_dataset(dataset)
    return int(image.Rows), int(image.Columns)  # Type 1 outside STOW-RS metadata


def bits(text: str) -> int:
    image = CTImage.from_json(text, strict=False)
    return image.BitsAllocated


def any_file(path: Path) -> str:
    model: DicomModel = dicomodel.read(path)
    if isinstance(model, CTImage):
        return str(model.SOPInstanceUID)
    return type(model).__name__


def as_ct(path: Path) -> float | None:
    image = dicomodel.read(path, model=CTImage)
    return image.KVP
