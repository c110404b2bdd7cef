from dicomodel.iods import CTImage


def tag(image: CTImage) -> None:
    image.AnatomicRegionSequence = ["CHEST"]  # E: "str"
