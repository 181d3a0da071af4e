/// The JSON Schemas (draft 2020-12) of the JSON the tool writes about excusal, published
/// under `api/schema/` and named by each document's `$schema`, so a client can validate
/// what it reads, and a change of shape cannot go unnoticed: the tests validate every
/// emitted file against them. Edit a schema here, where the binary carries it.
public enum JSONSchema: String, Sendable, CaseIterable {
    /// `api/excused.json` and `excused --format json`.
    case excused
    /// `api/excused/<norm>/<period>.json`.
    case excusedPeriod = "excused-period"
    /// `api/norms.json`.
    case norms
    /// `excused --explain --format json`.
    case explanation

    /// Where the site publishes it, relative to its root.
    public var route: String { "api/schema/\(rawValue).schema.json" }

    /// Its absolute URL on a site published at `baseURL`, for `$schema`.
    public func url(baseURL: String) -> String { baseURL + route }

    /// The schema's text.
    public var text: String {
        switch self {
        case .excused: Self.excusedText
        case .excusedPeriod: Self.excusedPeriodText
        case .norms: Self.normsText
        case .explanation: Self.explanationText
        }
    }

    /// `$defs/time`, the same in every schema that has it.
    private static let timeDefinition = #"""
        "time": {
              "description": "RFC 3339 with the Amsterdam offset in force at that instant, whole seconds.",
              "type": "string",
              "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9][+-](0[0-9]|1[0-4]):[0-5][0-9]$"
            }
        """#

    /// `$defs/window`, the same in every schema that has it.
    private static let windowDefinition = #"""
        "window": {
              "type": "object",
              "required": [
                "start",
                "end",
                "incidents",
                "ongoing"
              ],
              "additionalProperties": false,
              "properties": {
                "start": {
                  "$ref": "#/$defs/time"
                },
                "end": {
                  "$ref": "#/$defs/time"
                },
                "incidents": {
                  "type": "array",
                  "minItems": 1,
                  "uniqueItems": true,
                  "items": {
                    "type": "string",
                    "minLength": 1
                  }
                },
                "ongoing": {
                  "type": "boolean"
                }
              }
            }
        """#

    private static let excusedText = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "Excused windows per service norm (storingen)",
          "description": "The shape of `storingen excused --format json` and `api/excused.json`.",
          "type": "object",
          "required": [
            "$schema",
            "asOf",
            "timeZone",
            "norms"
          ],
          "additionalProperties": false,
          "properties": {
            "$schema": {
              "description": "The URL of this schema.",
              "type": "string",
              "pattern": "^https?://.*/api/schema/[a-z-]+\\.schema\\.json$"
            },
            "asOf": {
              "$ref": "#/$defs/time"
            },
            "timeZone": {
              "const": "Europe/Amsterdam"
            },
            "norms": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/norm"
              }
            }
          },
          "$defs": {
            \#(Self.timeDefinition),
            "norm": {
              "type": "object",
              "required": [
                "key",
                "name",
                "windows",
                "periods"
              ],
              "additionalProperties": false,
              "properties": {
                "key": {
                  "type": "string",
                  "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"
                },
                "name": {
                  "type": "string",
                  "minLength": 1
                },
                "windows": {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/window"
                  }
                },
                "periods": {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/period"
                  }
                }
              }
            },
            \#(Self.windowDefinition),
            "period": {
              "type": "object",
              "required": [
                "period",
                "excusedSeconds"
              ],
              "additionalProperties": false,
              "properties": {
                "period": {
                  "description": "An ISO week (2023-W51) or a calendar month (2023-12).",
                  "type": "string",
                  "pattern": "^[0-9]{4}-(W(0[1-9]|[1-4][0-9]|5[0-3])|0[1-9]|1[0-2])$"
                },
                "excusedSeconds": {
                  "type": "integer",
                  "minimum": 1
                }
              }
            }
          }
        }

        """#

    private static let excusedPeriodText = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "One evaluation period of one service norm (storingen)",
          "description": "The shape of `api/excused/<norm>/<period>.json`: the period, its excused seconds, the norm's windows clipped to it and the incidents behind them.",
          "type": "object",
          "required": [
            "$schema",
            "asOf",
            "timeZone",
            "norm",
            "period",
            "start",
            "end",
            "excusedSeconds",
            "windows",
            "incidents"
          ],
          "additionalProperties": false,
          "properties": {
            "$schema": {
              "description": "The URL of this schema.",
              "type": "string",
              "pattern": "^https?://.*/api/schema/[a-z-]+\\.schema\\.json$"
            },
            "asOf": {
              "$ref": "#/$defs/time"
            },
            "timeZone": {
              "const": "Europe/Amsterdam"
            },
            "norm": {
              "type": "object",
              "required": [
                "key",
                "name"
              ],
              "additionalProperties": false,
              "properties": {
                "key": {
                  "type": "string",
                  "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"
                },
                "name": {
                  "type": "string",
                  "minLength": 1
                }
              }
            },
            "period": {
              "description": "An ISO week (2023-W51) or a calendar month (2023-12).",
              "type": "string",
              "pattern": "^[0-9]{4}-(W(0[1-9]|[1-4][0-9]|5[0-3])|0[1-9]|1[0-2])$"
            },
            "start": {
              "$ref": "#/$defs/midnight"
            },
            "end": {
              "$ref": "#/$defs/midnight"
            },
            "excusedSeconds": {
              "type": "integer",
              "minimum": 1
            },
            "windows": {
              "type": "array",
              "minItems": 1,
              "items": {
                "$ref": "#/$defs/window"
              }
            },
            "incidents": {
              "type": "array",
              "minItems": 1,
              "uniqueItems": true,
              "items": {
                "type": "string",
                "minLength": 1
              }
            }
          },
          "$defs": {
            "time": {
              "description": "RFC 3339 with the Amsterdam offset in force at that instant, whole seconds.",
              "type": "string",
              "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\\+0[12]:00$"
            },
            "midnight": {
              "description": "Periods start and end at local midnight.",
              "allOf": [
                {
                  "$ref": "#/$defs/time"
                },
                {
                  "pattern": "T00:00:00"
                }
              ]
            },
            \#(Self.windowDefinition)
          }
        }

        """#

    private static let normsText = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "The excusal rules of every service norm (storingen)",
          "description": "The shape of `api/norms.json`: per norm the services that excuse it, its grace, the clock its time counts on and its period; the business days and office hours; the holidays in effect for the years the site covers.",
          "type": "object",
          "required": [
            "$schema",
            "timeZone",
            "businessDays",
            "officeHours",
            "norms",
            "holidays",
            "removedHolidays"
          ],
          "additionalProperties": false,
          "properties": {
            "$schema": {
              "description": "The URL of this schema.",
              "type": "string",
              "pattern": "^https?://.*/api/schema/[a-z-]+\\.schema\\.json$"
            },
            "timeZone": {
              "const": "Europe/Amsterdam"
            },
            "businessDays": {
              "$ref": "#/$defs/text"
            },
            "officeHours": {
              "type": "object",
              "required": [
                "from",
                "until",
                "days"
              ],
              "additionalProperties": false,
              "properties": {
                "from": {
                  "const": "09:00"
                },
                "until": {
                  "const": "17:00"
                },
                "days": {
                  "$ref": "#/$defs/text"
                }
              }
            },
            "norms": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/norm"
              }
            },
            "holidays": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/holiday"
              }
            },
            "removedHolidays": {
              "description": "Public holidays that site.yml makes ordinary working days.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/date"
              }
            }
          },
          "$defs": {
            "text": {
              "type": "object",
              "required": [
                "nl",
                "en"
              ],
              "additionalProperties": false,
              "properties": {
                "nl": {
                  "type": "string",
                  "minLength": 1
                },
                "en": {
                  "type": "string",
                  "minLength": 1
                }
              }
            },
            "date": {
              "type": "string",
              "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
            },
            "norm": {
              "type": "object",
              "required": [
                "key",
                "name",
                "threshold",
                "period",
                "services",
                "grace",
                "clock"
              ],
              "additionalProperties": false,
              "properties": {
                "key": {
                  "type": "string",
                  "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"
                },
                "name": {
                  "$ref": "#/$defs/text"
                },
                "threshold": {
                  "type": "object",
                  "required": [
                    "nl",
                    "en"
                  ],
                  "additionalProperties": false,
                  "properties": {
                    "nl": {
                      "type": "string"
                    },
                    "en": {
                      "type": "string"
                    }
                  }
                },
                "period": {
                  "enum": [
                    "iso-week",
                    "month"
                  ]
                },
                "services": {
                  "type": "array",
                  "uniqueItems": true,
                  "items": {
                    "type": "string",
                    "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"
                  }
                },
                "grace": {
                  "type": "object",
                  "required": [
                    "rule",
                    "amount"
                  ],
                  "additionalProperties": false,
                  "properties": {
                    "rule": {
                      "enum": [
                        "none",
                        "businessDays",
                        "businessHours"
                      ]
                    },
                    "amount": {
                      "type": "integer",
                      "minimum": 0
                    }
                  }
                },
                "clock": {
                  "description": "calendar: every hour of an excused window counts; officeHours: only Mon–Fri 09:00–17:00 on business days.",
                  "enum": [
                    "calendar",
                    "officeHours"
                  ]
                }
              }
            },
            "holiday": {
              "type": "object",
              "required": [
                "date",
                "name",
                "source"
              ],
              "additionalProperties": false,
              "properties": {
                "date": {
                  "$ref": "#/$defs/date"
                },
                "name": {
                  "$ref": "#/$defs/text"
                },
                "source": {
                  "enum": [
                    "built-in",
                    "site.yml"
                  ]
                }
              }
            }
          }
        }

        """#

    private static let explanationText = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "How excused windows were derived (storingen excused --explain)",
          "description": "Either why one moment is or is not excused (with --at), or every window of a norm with its derivation.",
          "oneOf": [
            {
              "type": "object",
              "required": [
                "$schema",
                "asOf",
                "timeZone",
                "norm",
                "at",
                "excused",
                "incidents",
                "window",
                "before",
                "after"
              ],
              "additionalProperties": false,
              "properties": {
                "$schema": {
                  "description": "The URL of this schema.",
                  "type": "string",
                  "pattern": "^https?://.*/api/schema/[a-z-]+\\.schema\\.json$"
                },
                "asOf": {
                  "$ref": "#/$defs/time"
                },
                "timeZone": {
                  "const": "Europe/Amsterdam"
                },
                "norm": {
                  "type": "object",
                  "required": [
                    "key",
                    "name"
                  ],
                  "additionalProperties": false,
                  "properties": {
                    "key": {
                      "type": "string",
                      "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"
                    },
                    "name": {
                      "type": "string",
                      "minLength": 1
                    }
                  }
                },
                "at": {
                  "$ref": "#/$defs/time"
                },
                "excused": {
                  "type": "boolean"
                },
                "incidents": {
                  "description": "The incidents whose own excused window contains the moment.",
                  "type": "array",
                  "uniqueItems": true,
                  "items": {
                    "type": "string"
                  }
                },
                "window": {
                  "oneOf": [
                    {
                      "type": "null"
                    },
                    {
                      "$ref": "#/$defs/window"
                    }
                  ]
                },
                "before": {
                  "oneOf": [
                    {
                      "type": "null"
                    },
                    {
                      "$ref": "#/$defs/window"
                    }
                  ]
                },
                "after": {
                  "oneOf": [
                    {
                      "type": "null"
                    },
                    {
                      "$ref": "#/$defs/window"
                    }
                  ]
                }
              }
            },
            {
              "type": "object",
              "required": [
                "$schema",
                "asOf",
                "timeZone",
                "norm",
                "windows"
              ],
              "additionalProperties": false,
              "properties": {
                "$schema": {
                  "description": "The URL of this schema.",
                  "type": "string",
                  "pattern": "^https?://.*/api/schema/[a-z-]+\\.schema\\.json$"
                },
                "asOf": {
                  "$ref": "#/$defs/time"
                },
                "timeZone": {
                  "const": "Europe/Amsterdam"
                },
                "norm": {
                  "type": "object",
                  "required": [
                    "key",
                    "name"
                  ],
                  "additionalProperties": false,
                  "properties": {
                    "key": {
                      "type": "string",
                      "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"
                    },
                    "name": {
                      "type": "string",
                      "minLength": 1
                    }
                  }
                },
                "windows": {
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/window"
                  }
                }
              }
            }
          ],
          "$defs": {
            \#(Self.timeDefinition),
            "window": {
              "type": "object",
              "required": [
                "start",
                "end",
                "ongoing",
                "incidents",
                "merged",
                "periods",
                "derivations"
              ],
              "additionalProperties": false,
              "properties": {
                "start": {
                  "$ref": "#/$defs/time"
                },
                "end": {
                  "$ref": "#/$defs/time"
                },
                "ongoing": {
                  "type": "boolean"
                },
                "incidents": {
                  "type": "array",
                  "minItems": 1,
                  "uniqueItems": true,
                  "items": {
                    "type": "string"
                  }
                },
                "merged": {
                  "type": "boolean"
                },
                "periods": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": [
                      "period",
                      "excusedSeconds"
                    ],
                    "additionalProperties": false,
                    "properties": {
                      "period": {
                        "type": "string",
                        "pattern": "^[0-9]{4}-(W(0[1-9]|[1-4][0-9]|5[0-3])|0[1-9]|1[0-2])$"
                      },
                      "excusedSeconds": {
                        "type": "integer",
                        "minimum": 0
                      }
                    }
                  }
                },
                "derivations": {
                  "type": "array",
                  "minItems": 1,
                  "items": {
                    "$ref": "#/$defs/derivation"
                  }
                }
              }
            },
            "derivation": {
              "type": "object",
              "required": [
                "incident",
                "path",
                "impact",
                "grace",
                "officeHoursOnly",
                "excused"
              ],
              "additionalProperties": false,
              "properties": {
                "incident": {
                  "type": "string",
                  "minLength": 1
                },
                "path": {
                  "type": "string",
                  "minLength": 1
                },
                "impact": {
                  "type": "object",
                  "required": [
                    "start",
                    "end",
                    "ongoing",
                    "opened",
                    "closed"
                  ],
                  "additionalProperties": false,
                  "properties": {
                    "start": {
                      "$ref": "#/$defs/time"
                    },
                    "end": {
                      "$ref": "#/$defs/time"
                    },
                    "ongoing": {
                      "type": "boolean"
                    },
                    "opened": {
                      "$ref": "#/$defs/edge"
                    },
                    "closed": {
                      "oneOf": [
                        {
                          "type": "null"
                        },
                        {
                          "$ref": "#/$defs/edge"
                        }
                      ]
                    }
                  }
                },
                "grace": {
                  "type": "object",
                  "required": [
                    "rule",
                    "amount",
                    "end",
                    "skipped"
                  ],
                  "additionalProperties": false,
                  "properties": {
                    "rule": {
                      "enum": [
                        "none",
                        "businessDays",
                        "businessHours"
                      ]
                    },
                    "amount": {
                      "type": "integer",
                      "minimum": 0
                    },
                    "end": {
                      "oneOf": [
                        {
                          "type": "null"
                        },
                        {
                          "$ref": "#/$defs/time"
                        }
                      ]
                    },
                    "skipped": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "required": [
                          "date",
                          "reason"
                        ],
                        "additionalProperties": false,
                        "properties": {
                          "date": {
                            "type": "string",
                            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
                          },
                          "reason": {
                            "enum": [
                              "weekend",
                              "holiday"
                            ]
                          },
                          "holiday": {
                            "type": "string",
                            "minLength": 1
                          }
                        }
                      }
                    }
                  }
                },
                "officeHoursOnly": {
                  "type": "boolean"
                },
                "excused": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": [
                      "start",
                      "end"
                    ],
                    "additionalProperties": false,
                    "properties": {
                      "start": {
                        "$ref": "#/$defs/time"
                      },
                      "end": {
                        "$ref": "#/$defs/time"
                      }
                    }
                  }
                }
              }
            },
            "edge": {
              "type": "object",
              "required": [
                "source",
                "at"
              ],
              "additionalProperties": false,
              "properties": {
                "source": {
                  "enum": [
                    "update",
                    "began",
                    "opened",
                    "scheduled"
                  ]
                },
                "at": {
                  "$ref": "#/$defs/time"
                },
                "line": {
                  "description": "The line of the update's heading in the incident's file.",
                  "type": "integer",
                  "minimum": 1
                },
                "status": {
                  "enum": [
                    "investigating",
                    "identified",
                    "monitoring",
                    "resolved",
                    "update",
                    "scheduled",
                    "in_progress",
                    "verifying",
                    "completed"
                  ]
                }
              }
            }
          }
        }

        """#
}
