from timeline.forms import corrections_from


def test_only_what_the_editor_changed_is_a_correction():
    post = {
        "speaker-1-0": "أنطوني بلينكن",
        "shown-speaker-1-0": "أنطوني بلينكن",
        "kind-1-0": "direct",
        "shown-kind-1-0": "direct",
        "speaker-1-1": "هدى كمال",
        "shown-speaker-1-1": "أنطوني بلينكن",
        "kind-1-1": "direct",
        "shown-kind-1-1": "direct",
        "speaker-2-0": "",
        "shown-speaker-2-0": "مصدر",
        "kind-2-0": "paraphrase",
        "shown-kind-2-0": "paraphrase",
        "speaker-3-4": "مصدر",
        "shown-speaker-3-4": "مصدر",
        "kind-3-4": "paraphrase",
        "shown-kind-3-4": "direct",
        "speaker-x-1": "ignored",
        "kind-3-5": "nonsense",
    }
    assert corrections_from(post) == {
        (1, 1): {"speaker": "هدى كمال"},
        (2, 0): {"speaker": ""},
        (3, 4): {"kind": "paraphrase"},
    }


def test_corrections_ignore_fields_whose_numbers_are_not_numbers():
    from timeline.forms import corrections_from

    post = {"speaker-²-1": "x", "speaker-1-①": "y", "speaker-3-0": "سامي عادل", "shown-speaker-3-0": "", "kind-3-0": ""}
    assert corrections_from(post) == {(3, 0): {"speaker": "سامي عادل"}}
