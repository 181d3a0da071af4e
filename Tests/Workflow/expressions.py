"""The part of GitHub Actions' expression language the project's workflows use.

    evaluate("github.event_name != 'pull_request' && github.ref == 'refs/heads/main'", contexts)
    substitute("${{ runner.temp }}/bin", contexts)

Literals ('text', numbers, true, false, null), context lookups (`inputs.version`,
`steps.pages.outputs.base_url`, `github.ref`), `==`, `!=`, `!`, `&&`, `||` and
parentheses, with GitHub's rules: `&&` and `||` give one of their operands, comparisons
of strings ignore case, a missing property is null and null is falsy. Anything else (a
function call such as hashFiles()) is refused, so a workflow never passes here by an
expression this runner only pretends to understand.
"""
import re

TOKEN = re.compile(r"\s*(?:(?P<string>'(?:[^']|'')*')|(?P<number>-?\d+(?:\.\d+)?)"
                   r"|(?P<operator>==|!=|&&|\|\||!|\(|\))|(?P<name>[A-Za-z_][A-Za-z0-9_.\-]*))")
EXPRESSION = re.compile(r"\$\{\{(.*?)\}\}")


class ExpressionError(Exception):
    """An expression this runner does not understand."""


def tokens(text):
    position, found = 0, []
    while position < len(text):
        if text[position:].strip() == "":
            break
        match = TOKEN.match(text, position)
        if not match:
            raise ExpressionError(f"cannot read {text[position:]!r} in {text!r}")
        kind = match.lastgroup
        found.append((kind, match.group(kind)))
        position = match.end()
    return found


def lookup(path, contexts):
    value = contexts
    for part in path.split("."):
        if isinstance(value, dict):
            value = value.get(part)
        else:
            return None
    return value


def truthy(value):
    return value not in (None, False, 0, "", 0.0)


def as_text(value):
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def equal(left, right):
    if isinstance(left, str) and isinstance(right, str):
        return left.lower() == right.lower()
    if isinstance(left, bool) or isinstance(right, bool) or left is None or right is None:
        return left == right
    return as_text(left).lower() == as_text(right).lower()


class Parser:
    def __init__(self, text, contexts):
        self.text, self.items, self.index, self.contexts = text, tokens(text), 0, contexts

    def peek(self):
        return self.items[self.index] if self.index < len(self.items) else (None, None)

    def take(self):
        item = self.peek()
        self.index += 1
        return item

    def parse(self):
        value = self.disjunction()
        if self.index != len(self.items):
            raise ExpressionError(f"unexpected {self.peek()[1]!r} in {self.text!r}")
        return value

    def disjunction(self):
        value = self.conjunction()
        while self.peek() == ("operator", "||"):
            self.take()
            right = self.conjunction()
            value = value if truthy(value) else right
        return value

    def conjunction(self):
        value = self.comparison()
        while self.peek() == ("operator", "&&"):
            self.take()
            right = self.comparison()
            value = right if truthy(value) else value
        return value

    def comparison(self):
        value = self.unary()
        while self.peek() in (("operator", "=="), ("operator", "!=")):
            operator = self.take()[1]
            right = self.unary()
            value = equal(value, right) if operator == "==" else not equal(value, right)
        return value

    def unary(self):
        if self.peek() == ("operator", "!"):
            self.take()
            return not truthy(self.unary())
        return self.primary()

    def primary(self):
        kind, text = self.take()
        if kind == "operator" and text == "(":
            value = self.disjunction()
            if self.take() != ("operator", ")"):
                raise ExpressionError(f"missing ) in {self.text!r}")
            return value
        if kind == "string":
            return text[1:-1].replace("''", "'")
        if kind == "number":
            return float(text) if "." in text else int(text)
        if kind == "name":
            if self.peek() == ("operator", "("):
                raise ExpressionError(f"the function {text}() is not supported here: {self.text!r}")
            if text in ("true", "false"):
                return text == "true"
            if text == "null":
                return None
            return lookup(text, self.contexts)
        raise ExpressionError(f"unexpected {text!r} in {self.text!r}")


def evaluate(text, contexts):
    """The value of an expression written with or without `${{ }}`, as in `if:`."""
    text = str(text).strip()
    whole = EXPRESSION.fullmatch(text)
    return Parser(whole.group(1) if whole else text, contexts).parse()


def substitute(value, contexts):
    """A `with:` or `env:` value with every `${{ … }}` replaced by its text."""
    if not isinstance(value, str):
        return as_text(value)
    return EXPRESSION.sub(lambda match: as_text(Parser(match.group(1), contexts).parse()), value)
