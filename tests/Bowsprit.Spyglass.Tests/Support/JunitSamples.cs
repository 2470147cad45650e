namespace Bowsprit.Spyglass.Tests.Support;

/// <summary>JUnit files shaped like what real producers write (structure and attributes; names invented).</summary>
internal static class JunitSamples
{
    /// <summary>go-junit-report: one suite per package, failure text is the test's output.</summary>
    public const string GoJunitReport = """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites tests="3" failures="1">
        	<testsuite name="example.com/widgets/pkg/cache" tests="3" failures="1" errors="0" id="0" hostname="runner" time="0.412" timestamp="2026-11-24T08:00:00Z">
        		<properties>
        			<property name="go.version" value="go1.23.1"></property>
        		</properties>
        		<testcase name="TestCacheHit" classname="example.com/widgets/pkg/cache" time="0.010"></testcase>
        		<testcase name="TestCacheEviction" classname="example.com/widgets/pkg/cache" time="0.300">
        			<failure message="Failed" type="">    cache_test.go:88: expected 3 entries, got 4&#xA;    cache_test.go:90: evicted key &#34;b&#34; still present</failure>
        		</testcase>
        		<testcase name="TestCacheSkipOnCI" classname="example.com/widgets/pkg/cache" time="0.000">
        			<skipped message="cache_test.go:120: needs a real disk"></skipped>
        		</testcase>
        	</testsuite>
        </testsuites>
        """;

    /// <summary>pytest: testsuites/testsuite, a failure with message and traceback, an error, system-out.</summary>
    public const string Pytest = """
        <?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="1" failures="1" skipped="0" tests="3" time="1.234" timestamp="2026-11-24T08:01:02.000001" hostname="runner"><testcase classname="tests.test_api" name="test_list" time="0.002" /><testcase classname="tests.test_api" name="test_create" time="0.010"><failure message="AssertionError: assert 201 == 200">def test_create(client):
        &gt;       assert client.post("/w").status_code == 200
        E       AssertionError: assert 201 == 200

        tests/test_api.py:14: AssertionError</failure><system-out>creating widget &lt;w1&gt;</system-out></testcase><testcase classname="tests.test_db" name="test_connect" time="0.001"><error message="failed on setup with &quot;ConnectionRefusedError&quot;">ConnectionRefusedError: [Errno 111] Connection refused</error></testcase></testsuite></testsuites>
        """;

    /// <summary>Maven Surefire: a bare testsuite root with a DOCTYPE-free header, properties, system-err.</summary>
    public const string Surefire = """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuite xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="com.acme.WidgetTest" time="0.05" tests="2" errors="0" skipped="0" failures="0">
          <properties><property name="java.version" value="21"/></properties>
          <testcase name="parses" classname="com.acme.WidgetTest" time="0.01"/>
          <testcase name="formats" classname="com.acme.WidgetTest" time="0.02"><system-err><![CDATA[WARN deprecated <thing>]]></system-err></testcase>
        </testsuite>
        """;

    /// <summary>Ginkgo's junit_01.xml: nested suites, long names containing the class name, skipped with message.</summary>
    public const string Ginkgo = """
        <?xml version="1.0" encoding="UTF-8"?>
          <testsuites tests="3" disabled="1" errors="0" failures="1" time="93.5">
              <testsuite name="Kubernetes e2e suite" package="/go/src/k8s.io/kubernetes/test/e2e" tests="3" disabled="1" skipped="1" errors="0" failures="1" time="93.5" timestamp="2026-11-24T08:02:00">
                  <testcase name="[sig-node] Pods should be submitted and removed [Conformance]" classname="Kubernetes e2e suite" status="passed" time="12.1"></testcase>
                  <testcase name="[sig-storage] Volumes should mount [Slow]" classname="Kubernetes e2e suite" status="failed" time="81.4">
                      <failure message="Timed out after 60.000s." type="failed">[FAILED] Timed out after 60.000s.&#xA;Expected pod to be running&#xA;In [It] at: test/e2e/storage/volumes.go:123</failure>
                      <system-err>&gt; Enter [It] should mount&#xA;STEP: creating a pod</system-err>
                  </testcase>
                  <testcase name="[sig-apps] Deployment [Disruptive]" classname="Kubernetes e2e suite" status="skipped" time="0">
                      <skipped message="skipped - Disruptive"></skipped>
                  </testcase>
              </testsuite>
          </testsuites>
        """;
}
