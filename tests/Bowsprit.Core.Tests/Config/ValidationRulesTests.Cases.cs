using Bowsprit.Core.Config;

namespace Bowsprit.Core.Tests.Config;

public sealed partial class ValidationRulesTests
{
    private static string Presubmits(string jobs) => "presubmits:\n  org/repo:\n" + jobs;

    private static string Job(string name, string extra = "", string spec = "    spec:\n      containers:\n      - image: alpine\n        command: [make]\n") =>
        $"  - name: {name}\n{extra}{spec}";

    private static string Periodic(string name, string extra) =>
        $"periodics:\n- name: {name}\n{extra}  spec:\n    containers:\n    - image: alpine\n      command: [make]\n";

    public static TheoryData<ValidationCase> Cases => new()
    {
        new ValidationCase("duplicate presubmit name", Presubmits(Job("unit") + Job("unit")), "name", "duplicated presubmit job unit", Line: 8),
        new ValidationCase("two jobs sharing a context", Presubmits(Job("a", "    context: ci\n") + Job("b", "    context: ci\n")), "context", "report to the same GitHub context \"ci\""),
        new ValidationCase("duplicate postsubmit name", "postsubmits:\n  org/repo:\n" + Job("deploy") + Job("deploy"), "name", "duplicated postsubmit job deploy"),
        new ValidationCase("duplicate periodic name", Periodic("nightly", "  interval: 1h\n") + Periodic("nightly", "  interval: 2h\n")[10..], "name", "duplicated periodic job nightly"),
        new ValidationCase("always_run with run_if_changed", Presubmits(Job("a", "    always_run: true\n    run_if_changed: ^docs/\n")), "run_if_changed", "always_run and run_if_changed are mutually exclusive", Line: 5),
        new ValidationCase("both change filters", Presubmits(Job("a", "    run_if_changed: ^a/\n    skip_if_only_changed: ^b/\n")), "skip_if_only_changed", "mutually exclusive"),
        new ValidationCase("trigger without rerun_command", Presubmits(Job("a", "    trigger: /go\n")), "rerun_command", "must be set together"),
        new ValidationCase("rerun_command not matched by trigger", Presubmits(Job("a", "    trigger: (?m)^/go$\n    rerun_command: /test a\n")), "rerun_command", "is not matched by trigger"),
        new ValidationCase("invalid branch regex", Presubmits(Job("a", "    branches: [\"release-(\"]\n")), "branches", "invalid regex", Line: 4),
        new ValidationCase("invalid run_if_changed regex", Presubmits(Job("a", "    run_if_changed: \"a(?=b)\"\n")), "run_if_changed", "invalid regex"),
        new ValidationCase("invalid trigger regex", Presubmits(Job("a", "    trigger: \"(?m)^/test (\"\n    rerun_command: /test a\n")), "trigger", "invalid regex"),
        new ValidationCase("cron and interval together", Periodic("p", "  cron: \"0 * * * *\"\n  interval: 1h\n"), "cron", "mutually exclusive"),
        new ValidationCase("periodic without schedule", Periodic("p", ""), "cron", "needs one of cron, interval or minimum_interval"),
        new ValidationCase("invalid cron", Periodic("p", "  cron: \"61 * * * *\"\n"), "cron", "invalid cron spec", Line: 3),
        new ValidationCase("invalid interval", Periodic("p", "  interval: 1d\n"), "interval", "unknown unit"),
        new ValidationCase("negative max_concurrency", Presubmits(Job("a", "    max_concurrency: -1\n")), "max_concurrency", "must not be negative"),
        new ValidationCase("undefined job queue", Presubmits(Job("a", "    job_queue_name: big\n")), "job_queue_name", "queue \"big\" is not defined"),
        new ValidationCase("reserved label", Presubmits(Job("a", "    labels:\n      created-by-prow: \"false\"\n")), "labels", "label created-by-prow is reserved"),
        new ValidationCase("invalid label value", Presubmits(Job("a", "    labels:\n      team: \"a b\"\n")), "labels", "invalid value \"a b\""),
        new ValidationCase("invalid annotation key", Presubmits(Job("a", "    annotations:\n      \"bad key!\": x\n")), "annotations", "not a valid qualified name"),
        new ValidationCase("unknown agent", Presubmits(Job("a", "    agent: travis\n")), "agent", "unknown agent \"travis\""),
        new ValidationCase("pod spec with jenkins agent", Presubmits(Job("a", "    agent: jenkins\n")), "spec", "a pod spec requires agent kubernetes"),
        new ValidationCase("kubernetes job without spec", Presubmits(Job("a", "", spec: "")), "spec", "a kubernetes job needs a pod spec"),
        new ValidationCase("decorated jenkins job", Presubmits(Job("a", "    agent: jenkins\n    decorate: true\n", spec: "")), "decorate", "decoration requires agent kubernetes"),
        new ValidationCase("error_on_eviction on jenkins", Presubmits(Job("a", "    agent: jenkins\n    error_on_eviction: true\n", spec: "")), "error_on_eviction", "requires agent kubernetes"),
        new ValidationCase("custom namespace", Presubmits(Job("a", "    namespace: other\n")), "namespace", "only allowed for tekton-pipeline jobs"),
        new ValidationCase("no containers", Presubmits(Job("a", "", spec: "    spec:\n      containers: []\n")), "spec.containers", "at least one container"),
        new ValidationCase("two containers undecorated", Presubmits(Job("a", "", spec: "    spec:\n      containers:\n      - {name: a, image: x}\n      - {name: b, image: y}\n")), "spec.containers", "more than one container requires decorate: true"),
        new ValidationCase("repeated container names", Presubmits(Job("a", "    decorate: true\n", spec: "    spec:\n      containers:\n      - {name: a, image: x, command: [a]}\n      - {name: a, image: y, command: [b]}\n")), "spec.containers", "unique names"),
        new ValidationCase("reserved container name", Presubmits(Job("a", "    decorate: true\n", spec: "    spec:\n      containers:\n      - {name: test, image: x, command: [a]}\n      - {name: sidecar, image: y, command: [b]}\n")), "spec.containers", "container name sidecar is reserved"),
        new ValidationCase("reserved env var", Presubmits(Job("a", "", spec: "    spec:\n      containers:\n      - image: x\n        env:\n        - {name: JOB_NAME, value: x}\n")), "spec.containers[0].env", "JOB_NAME is set by Prow"),
        new ValidationCase("duplicate env var", Presubmits(Job("a", "", spec: "    spec:\n      containers:\n      - image: x\n        env:\n        - {name: A, value: x}\n        - {name: A, value: y}\n")), "spec.containers[0].env", "env var A is set twice"),
        new ValidationCase("reserved volume", Presubmits(Job("a", "    decorate: true\n", spec: "    spec:\n      containers:\n      - {image: x, command: [a]}\n      volumes:\n      - {name: logs, emptyDir: {}}\n")), "spec.volumes", "volume name logs is reserved"),
        new ValidationCase("reserved mount path", Presubmits(Job("a", "    decorate: true\n", spec: "    spec:\n      containers:\n      - image: x\n        command: [a]\n        volumeMounts:\n        - {name: v, mountPath: /tools}\n")), "spec.containers[0].volumeMounts", "mount path /tools is reserved"),
        new ValidationCase("non-sidecar init container", Presubmits(Job("a", "    decorate: true\n", spec: "    spec:\n      initContainers:\n      - {name: setup, image: x}\n      containers:\n      - {image: x, command: [a]}\n")), "spec.initContainers", "not a native sidecar"),
        new ValidationCase("decorated without command", Presubmits(Job("a", "    decorate: true\n", spec: "    spec:\n      containers:\n      - image: x\n")), "spec.containers[0].command", "must set command and/or args"),
        new ValidationCase("missing utility images", Presubmits(Job("a", "    decorate: true\n    decoration_config:\n      utility_images:\n        sidecar: \"\"\n")), "decoration_config.utility_images", "missing utility images: clonerefs, initupload, entrypoint, sidecar", ConfigYaml: "plank:\n  default_decoration_config_entries:\n  - config:\n      gcs_configuration: {bucket: b, path_strategy: explicit}\n"),
        new ValidationCase("decorated without storage", Presubmits(Job("a", "    decorate: true\n")), "decoration_config.gcs_configuration", "no artifact storage", ConfigYaml: "plank:\n  default_decoration_config_entries:\n  - config:\n      utility_images: {clonerefs: a, initupload: b, entrypoint: c, sidecar: d}\n"),
        new ValidationCase("bad path strategy", Presubmits(Job("a", "    decorate: true\n    decoration_config:\n      gcs_configuration:\n        path_strategy: flat\n")), "decoration_config.gcs_configuration.path_strategy", "must be legacy, single or explicit"),
        new ValidationCase("legacy strategy without defaults", Presubmits(Job("a", "    decorate: true\n    decoration_config:\n      gcs_configuration:\n        path_strategy: legacy\n")), "decoration_config.gcs_configuration.default_org", "needs default_org and default_repo"),
        new ValidationCase("oauth with ssh keys", Presubmits(Job("a", "    decorate: true\n    decoration_config:\n      oauth_token_secret: {name: t, key: k}\n      ssh_key_secrets: [ssh]\n")), "decoration_config.oauth_token_secret", "cannot be used together"),
        new ValidationCase("invalid job name", Presubmits(Job("bad name!")), "name", "must match ^[A-Za-z0-9-._]+$"),
        new ValidationCase("name longer than a label", Presubmits(Job(new string('x', 70))), "name", "labels keep only the first 63", Severity: DiagnosticSeverity.Warning),
        new ValidationCase("extra ref repeats the repo", Presubmits(Job("a", "    extra_refs:\n    - {org: org, repo: repo, base_ref: main}\n")), "extra_refs", "cloned more than once", Severity: DiagnosticSeverity.Warning),
        new ValidationCase("unknown field is a typo warning", Presubmits(Job("a", "    alwys_run: true\n")), "alwys_run", "unknown field", Line: 4, Severity: DiagnosticSeverity.Warning),
        new ValidationCase("unknown nested field", Presubmits(Job("a", "", spec: "    spec:\n      containers:\n      - image: x\n        comand: [make]\n")), "spec.containers[0].comand", "unknown field", Line: 7, Severity: DiagnosticSeverity.Warning),
        new ValidationCase("wrong type", Presubmits(Job("a", "    max_concurrency: lots\n")), "max_concurrency", "expected an integer, got \"lots\"", Line: 4),
        new ValidationCase("allow_anyone with allow list", Presubmits(Job("a", "    rerun_auth_config:\n      allow_anyone: true\n      github_users: [alice]\n")), "rerun_auth_config", "allow_anyone cannot be combined"),
        new ValidationCase("preset env collision", "presets:\n- labels: {preset-x: \"true\"}\n  env: [{name: A, value: b}]\n" + Presubmits(Job("a", "    labels: {preset-x: \"true\"}\n", spec: "    spec:\n      containers:\n      - image: x\n        env: [{name: A, value: c}]\n")), "labels", "env var A from preset"),
        new ValidationCase("github reporter for periodics", "", "github_reporter.job_types_to_report", "periodic jobs cannot be reported to GitHub", ConfigYaml: "github_reporter:\n  job_types_to_report: [presubmit, periodic]\n"),
        new ValidationCase("slack reporter without channel", "", "slack_reporter_configs.*.channel", "a channel is required", ConfigYaml: "slack_reporter_configs:\n  '*':\n    job_states_to_report: [failure]\n"),
        new ValidationCase("unknown job state", "", "slack_reporter_configs.*.job_states_to_report[0]", "\"failed\" is not one of", ConfigYaml: "slack_reporter_configs:\n  '*':\n    channel: ci\n    job_states_to_report: [failed]\n"),
        new ValidationCase("broken URL template", "", "plank.job_url_template", "invalid template", ConfigYaml: "plank:\n  job_url_template: 'https://x/{{if .Spec.Job}}'\n"),
        new ValidationCase("bad merge method", "", "tide.merge_method.org/repo", "must be merge, squash or rebase", ConfigYaml: "tide:\n  merge_method:\n    org/repo: fast-forward\n"),
        new ValidationCase("legacy and new decoration defaults", Presubmits(Job("a")), "plank.default_decoration_configs", "mutually exclusive", ConfigYaml: "plank:\n  default_decoration_configs:\n    '*': {timeout: 1h}\n  default_decoration_config_entries:\n  - config: {timeout: 2h}\n"),
        new ValidationCase("invalid duration in config", "", "sinker.max_pod_age", "invalid duration", ConfigYaml: "sinker:\n  max_pod_age: forever\n"),
    };
}
